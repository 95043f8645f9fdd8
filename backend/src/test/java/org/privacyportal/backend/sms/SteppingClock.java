package org.privacyportal.backend.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves (minutes past a code's expiry, an hour past the resend limit), which also
 * moves on by a millisecond each time it is read, as a real one does: two ledger entries written
 * one after the other then never share an instant (the newest entry is a consent's state).
 */
final class SteppingClock extends Clock {

  private static final Duration STEP = Duration.ofMillis(1);

  private final AtomicReference<Instant> now;

  SteppingClock(Instant start) {
    now = new AtomicReference<>(start);
  }

  void set(Instant instant) {
    now.set(instant);
  }

  void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** The current instant without moving on. */
  Instant peek() {
    return now.get();
  }

  @Override
  public Instant instant() {
    return now.getAndUpdate(instant -> instant.plus(STEP));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the backend reads instants only");
  }
}
