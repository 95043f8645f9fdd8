package org.privacyportal.backend.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The limits on one-time codes. A code lives ten minutes and survives four wrong tries (the fifth
 * ends it); a patron gets a new code at most once a minute and three times an hour, counted per
 * patron whatever the number, so the portal cannot be used to flood someone else's phone.
 */
final class SmsRules {

  static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
  static final int MAX_FAILED_ATTEMPTS = 5;
  static final Duration RESEND_INTERVAL = Duration.ofSeconds(60);
  static final int CODES_PER_WINDOW = 3;
  static final Duration WINDOW = Duration.ofHours(1);

  /** Why a new code must wait, and for how long. */
  record Wait(Duration duration, boolean hourlyLimit) {}

  private SmsRules() {}

  /**
   * How long before another code may be sent, or empty when one may be sent now.
   *
   * @param sentInWindow when codes were sent in the last {@link #WINDOW}, oldest first
   */
  static Optional<Wait> waitBeforeNextCode(List<Instant> sentInWindow, Instant now) {
    if (sentInWindow.size() >= CODES_PER_WINDOW) {
      Instant oldestThatCounts = sentInWindow.get(sentInWindow.size() - CODES_PER_WINDOW);
      Duration wait = Duration.between(now, oldestThatCounts.plus(WINDOW));
      if (wait.isPositive()) {
        return Optional.of(new Wait(wait, true));
      }
    }
    if (!sentInWindow.isEmpty()) {
      Duration wait = Duration.between(now, sentInWindow.getLast().plus(RESEND_INTERVAL));
      if (wait.isPositive()) {
        return Optional.of(new Wait(wait, false));
      }
    }
    return Optional.empty();
  }

  /** Whole seconds to wait, rounded up (what Retry-After says). */
  static long seconds(Duration wait) {
    return (wait.toMillis() + 999) / 1000;
  }
}
