package org.privacyportal.backend.sms;

import java.time.Instant;

/**
 * What GET /api/v1/patrons/{id}/consents/sms answers. The full number is given to the patron only;
 * a guardian acting for a minor sees the last two digits ({@code maskedNumber}).
 *
 * @param number the confirmed number (E.164) for the patron themself, else null
 * @param maskedNumber the confirmed number's last two digits, or null while SMS is off
 * @param pendingVerification the code waiting for confirmation, or null
 */
public record SmsState(
    boolean enabled,
    String number,
    String maskedNumber,
    PendingVerification pendingVerification,
    SmsChoices choices,
    String policyVersion) {

  /**
   * A code sent and not yet confirmed, expired or used up.
   *
   * @param number the number it was sent to, for the patron themself only
   */
  public record PendingVerification(
      String number, String maskedNumber, Instant expiresAt, int attemptsLeft) {

    @Override
    public String toString() {
      return "PendingVerification["
          + maskedNumber
          + ", expiresAt="
          + expiresAt
          + ", attemptsLeft="
          + attemptsLeft
          + "]";
    }
  }

  /**
   * @param subscription the subscription, or null while SMS is off
   * @param latestCode the newest code, or null
   * @param self the caller is the patron (not their guardian)
   */
  static SmsState of(
      SmsSubscription subscription,
      SmsCode latestCode,
      boolean self,
      Instant now,
      String policyVersion) {
    PendingVerification pending = null;
    if (latestCode != null && latestCode.pending() && latestCode.expiresAt().isAfter(now)) {
      pending =
          new PendingVerification(
              self ? latestCode.phoneE164() : null,
              MobileNumber.mask(latestCode.phoneE164()),
              latestCode.expiresAt(),
              SmsRules.MAX_FAILED_ATTEMPTS - latestCode.failedAttempts());
    }
    if (subscription == null) {
      return new SmsState(false, null, null, pending, SmsChoices.NONE, policyVersion);
    }
    return new SmsState(
        true,
        self ? subscription.phoneE164() : null,
        MobileNumber.mask(subscription.phoneE164()),
        pending,
        subscription.choices(),
        policyVersion);
  }

  @Override
  public String toString() {
    return "SmsState[enabled="
        + enabled
        + ", number="
        + maskedNumber
        + ", pending="
        + pendingVerification
        + ", choices="
        + choices
        + "]";
  }
}
