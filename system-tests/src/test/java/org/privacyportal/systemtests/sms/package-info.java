/** SMS notices in a real browser, with the local outbox read back. */
package org.privacyportal.systemtests.sms;
