/** The privacy policy page in a real browser. */
package org.privacyportal.systemtests.policy;
