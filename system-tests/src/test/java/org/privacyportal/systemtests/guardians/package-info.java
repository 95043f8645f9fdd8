/** Guardians' switcher and link requests in a real browser. */
package org.privacyportal.systemtests.guardians;
