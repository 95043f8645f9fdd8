package org.privacyportal.backend.sms;

import java.time.Duration;

/**
 * A request about SMS notices that the rules refuse; {@link SmsHandler} turns it into a problem
 * answer. Whatever the rule had to record first (a wrong attempt counted, a code expired) is
 * committed before this is thrown.
 */
final class SmsRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  enum Reason {
    /** No code is waiting to be confirmed (none sent, already used, or cancelled). */
    NO_CODE,
    /** The code is older than its lifetime; a new one must be sent. */
    EXPIRED,
    /** The code does not match; {@link #attemptsLeft()} more tries. */
    WRONG_CODE,
    /** Too many wrong codes: this code no longer works. */
    TOO_MANY_ATTEMPTS,
    /** A new code was asked for too soon after the last one. */
    RESEND_TOO_SOON,
    /** A resend (no number given) while no code is pending: the number must be typed again. */
    NOTHING_TO_RESEND,
    /** The hourly number of codes is used up. */
    HOURLY_LIMIT,
    /** Choices only exist while SMS is on. */
    NOT_ENABLED
  }

  private final Reason reason;
  private final int attemptsLeft;
  private final transient Duration retryAfter;

  private SmsRefusal(Reason reason, int attemptsLeft, Duration retryAfter) {
    super(reason.name(), null, false, false);
    this.reason = reason;
    this.attemptsLeft = attemptsLeft;
    this.retryAfter = retryAfter;
  }

  static SmsRefusal of(Reason reason) {
    return new SmsRefusal(reason, 0, Duration.ZERO);
  }

  static SmsRefusal wrongCode(int attemptsLeft) {
    return new SmsRefusal(Reason.WRONG_CODE, attemptsLeft, Duration.ZERO);
  }

  static SmsRefusal wait(SmsRules.Wait wait) {
    return new SmsRefusal(
        wait.hourlyLimit() ? Reason.HOURLY_LIMIT : Reason.RESEND_TOO_SOON, 0, wait.duration());
  }

  Reason reason() {
    return reason;
  }

  int attemptsLeft() {
    return attemptsLeft;
  }

  Duration retryAfter() {
    return retryAfter;
  }
}
