/** The access-log page in a real browser. */
package org.privacyportal.systemtests.accesslog;
