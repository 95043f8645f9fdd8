/** Update-my-details and the staff decision in a real browser. */
package org.privacyportal.systemtests.details;
