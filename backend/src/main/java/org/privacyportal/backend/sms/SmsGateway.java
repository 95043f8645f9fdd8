package org.privacyportal.backend.sms;

/**
 * Where text messages go. The default, {@link OutboxSmsGateway}, writes them to a folder a
 * developer reads; a deployment that sends real SMS plugs in a carrier's gateway here.
 * Implementations must not log the number or the text (the text may hold a one-time code).
 */
public interface SmsGateway {

  /**
   * Sends one message, or throws (the caller's transaction then rolls back, and nothing is recorded
   * as sent).
   *
   * @param e164 the mobile number in E.164 form
   * @param text the message, without personal data beyond what the notice needs
   */
  void send(String e164, String text);
}
