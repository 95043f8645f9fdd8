/** Download all my data in a real browser. */
package org.privacyportal.systemtests.export;
