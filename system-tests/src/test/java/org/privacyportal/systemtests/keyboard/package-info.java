/** Every page walked by keyboard at phone and desktop widths. */
package org.privacyportal.systemtests.keyboard;
