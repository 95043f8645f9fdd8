package org.privacyportal.frontend.sms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * SMS notices as {@code /api/v1/patrons/{id}/consents/sms} returns them. {@code number} is there
 * for the patron themself only; a guardian gets {@code maskedNumber} (the last two digits).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SmsState(
    boolean enabled,
    String number,
    String maskedNumber,
    Pending pendingVerification,
    Choices choices,
    String policyVersion) {

  /** A code sent and waiting for confirmation. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Pending(String number, String maskedNumber, Instant expiresAt, int attemptsLeft) {

    @Override
    public String toString() {
      return "Pending[" + maskedNumber + "]";
    }
  }

  /** What the patron receives. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Choices(boolean dueDate, boolean holdsReady, boolean foundItems) {

    public static final Choices ALL = new Choices(true, true, true);
  }

  /** The number never goes to a log through this record. */
  @Override
  public String toString() {
    return "SmsState[enabled=" + enabled + ", pending=" + (pendingVerification != null) + "]";
  }
}
