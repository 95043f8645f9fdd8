/** The SMS notices page: number, one-time code, choices and opt-out. */
package org.privacyportal.frontend.sms;
