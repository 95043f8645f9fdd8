package org.privacyportal.backend.sms;

import java.time.Instant;

/**
 * A one-time code sent to confirm a number, as stored: a salted hash, never the code.
 *
 * @param phoneE164 the number it was sent to, while the code is PENDING; null after
 * @param status PENDING, CONFIRMED, EXPIRED, LOCKED (too many wrong attempts), REPLACED (a newer
 *     code was sent) or CANCELLED (opt-out)
 */
public record SmsCode(
    String id,
    String patronId,
    String phoneE164,
    byte[] codeSalt,
    byte[] codeHash,
    Instant sentAt,
    Instant expiresAt,
    int failedAttempts,
    String status) {

  static final String PENDING = "PENDING";
  static final String CONFIRMED = "CONFIRMED";
  static final String EXPIRED = "EXPIRED";
  static final String LOCKED = "LOCKED";
  static final String REPLACED = "REPLACED";
  static final String CANCELLED = "CANCELLED";

  boolean pending() {
    return PENDING.equals(status);
  }

  /** Number, salt and hash stay out of the string form. */
  @Override
  public String toString() {
    return "SmsCode[id="
        + id
        + ", patronId="
        + patronId
        + ", sentAt="
        + sentAt
        + ", expiresAt="
        + expiresAt
        + ", failedAttempts="
        + failedAttempts
        + ", status="
        + status
        + "]";
  }
}
