package org.privacyportal.backend.sms;

import java.time.Instant;

/**
 * A patron's SMS notices while they are on: the confirmed number and the choices. The string form
 * masks the number.
 */
public record SmsSubscription(
    String patronId,
    String phoneE164,
    boolean dueDate,
    boolean holdsReady,
    boolean foundItems,
    Instant confirmedAt,
    Instant updatedAt) {

  public SmsChoices choices() {
    return new SmsChoices(dueDate, holdsReady, foundItems);
  }

  SmsSubscription with(SmsChoices choices, Instant now) {
    return new SmsSubscription(
        patronId,
        phoneE164,
        choices.dueDate(),
        choices.holdsReady(),
        choices.foundItems(),
        confirmedAt,
        now);
  }

  @Override
  public String toString() {
    return "SmsSubscription[patronId="
        + patronId
        + ", phone="
        + MobileNumber.mask(phoneE164)
        + ", choices="
        + choices()
        + ", confirmedAt="
        + confirmedAt
        + "]";
  }
}
