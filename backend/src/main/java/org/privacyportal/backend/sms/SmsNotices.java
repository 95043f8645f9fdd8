package org.privacyportal.backend.sms;

import org.apache.ibatis.session.SqlSession;

/**
 * The sending side of SMS notices, for the features that notify patrons (due-date reminders, holds
 * ready, found items): a notice goes out only if the patron has SMS on and chose that kind. Only
 * these three kinds exist, so the number cannot be used for anything else (no marketing). Nothing
 * calls this yet but its tests; the notice features will, inside their own transaction.
 */
public final class SmsNotices {

  private final SmsGateway gateway;

  public SmsNotices(SmsGateway gateway) {
    this.gateway = gateway;
  }

  /**
   * Sends {@code text} to the patron's confirmed number if SMS is on and {@code kind} is chosen.
   *
   * @param session the caller's session (its transaction sees the patron's current choices)
   * @param text the notice; it goes to a phone whose screen others may see, so keep it short and
   *     free of titles and other details of the patron's records
   * @return true when the message was handed to the gateway
   */
  public boolean send(SqlSession session, String patronId, SmsKind kind, String text) {
    SmsSubscription subscription = session.getMapper(SmsMapper.class).subscription(patronId);
    if (subscription == null || !subscription.choices().chosen(kind)) {
      return false;
    }
    gateway.send(subscription.phoneE164(), text);
    return true;
  }
}
