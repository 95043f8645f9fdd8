/** The public start page. */
package org.privacyportal.frontend.start;
