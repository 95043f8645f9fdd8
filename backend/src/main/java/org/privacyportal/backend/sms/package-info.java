/**
 * SMS notices: a confirmed mobile number, one-time codes, the patron's choices, opt-out and the
 * gateway that sends texts.
 */
package org.privacyportal.backend.sms;
