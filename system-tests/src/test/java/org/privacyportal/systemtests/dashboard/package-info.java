/** The dashboard in a real browser. */
package org.privacyportal.systemtests.dashboard;
