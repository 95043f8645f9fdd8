package org.privacyportal.backend.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets to the instant it needs (midnight before a birthday, say) or moves on
 * (minutes past a code's expiry). A {@link #stepping} one also moves on by a millisecond each time
 * it is read, as a real one does: two ledger entries written one after the other then never share
 * an instant.
 */
public final class SettableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final Duration step;

  public SettableClock(Instant now) {
    this(now, Duration.ZERO);
  }

  private SettableClock(Instant now, Duration step) {
    this.now = new AtomicReference<>(now);
    this.step = step;
  }

  /** A clock that moves on by a millisecond each time the backend reads it. */
  public static SettableClock stepping(Instant start) {
    return new SettableClock(start, Duration.ofMillis(1));
  }

  public void set(Instant instant) {
    now.set(instant);
  }

  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** The current instant without moving on. */
  public Instant peek() {
    return now.get();
  }

  @Override
  public Instant instant() {
    return now.getAndUpdate(instant -> instant.plus(step));
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
