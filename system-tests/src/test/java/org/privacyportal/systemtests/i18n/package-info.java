/** The language switch in a real browser. */
package org.privacyportal.systemtests.i18n;
