/** Written authorizations at the staff desk and "Shared with me", in a real browser. */
package org.privacyportal.systemtests.desk;
