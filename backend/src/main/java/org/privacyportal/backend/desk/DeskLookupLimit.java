package org.privacyportal.backend.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/**
 * How many desk lookups one staff member may attempt in any hour (a sliding window), found or not:
 * a desk serves people one at a time, so more than that is a script or someone browsing patrons.
 * Configured by {@code PORTAL_DESK_LOOKUPS_PER_HOUR} (BackendConfig, README); docs/desk.md. The
 * same sliding window limits the wrong verification codes of written authorizations a staff member
 * may enter ({@code PORTAL_AUTHORIZATION_CODE_TRIES_PER_HOUR}), counted in their own table.
 */
public final class DeskLookupLimit {

  /**
   * Where one kind of attempt is counted, per staff member; the mapper of each kind implements it.
   */
  public interface Attempts {

    /** Locks this staff member's row (creating it on first use) until the transaction ends. */
    void lockStaff(@Param("staffSubject") String staffSubject);

    void insertAttempt(
        @Param("id") String id,
        @Param("staffSubject") String staffSubject,
        @Param("at") Instant at);

    long countAttemptsSince(
        @Param("staffSubject") String staffSubject, @Param("since") Instant since);

    /** The oldest attempt since {@code since}, else null. */
    Instant oldestAttemptSince(
        @Param("staffSubject") String staffSubject, @Param("since") Instant since);
  }

  public static final Duration WINDOW = Duration.ofHours(1);
  public static final int DEFAULT_PER_HOUR = 30;

  private final int perHour;

  public DeskLookupLimit(int perHour) {
    if (perHour < 1) {
      throw new IllegalArgumentException("perHour must be at least 1");
    }
    this.perHour = perHour;
  }

  public int perHour() {
    return perHour;
  }

  /**
   * Counts one attempt of {@code staff} at {@code now}, under a lock on the staff member's row, in
   * the caller's transaction: empty when it is within the limit (and is now counted), else the
   * seconds until the oldest attempt of the window leaves it (nothing counted).
   */
  Optional<Long> take(DeskLookupMapper mapper, String staff, Instant now) {
    mapper.lockStaff(staff);
    mapper.deleteAttemptsBefore(staff, now.minus(WINDOW));
    Optional<Long> wait = waitBeforeNext(mapper, staff, now);
    if (wait.isEmpty()) {
      count(mapper, staff, now);
    }
    return wait;
  }

  /**
   * Locks the staff member's row (in the caller's transaction) and answers whether another attempt
   * is allowed at {@code now}: empty when it is, else the seconds until the oldest attempt of the
   * window leaves it. Counts nothing: for limits where only some attempts count (a wrong code).
   */
  Optional<Long> check(Attempts attempts, String staff, Instant now) {
    attempts.lockStaff(staff);
    return waitBeforeNext(attempts, staff, now);
  }

  /** Counts one attempt of {@code staff} at {@code now}. */
  void count(Attempts attempts, String staff, Instant now) {
    attempts.insertAttempt(UUID.randomUUID().toString(), staff, now);
  }

  /** How many more attempts {@code staff} has in the window ending at {@code now}. */
  int left(Attempts attempts, String staff, Instant now) {
    long used = attempts.countAttemptsSince(staff, now.minus(WINDOW));
    return (int) Math.max(0, perHour - used);
  }

  private Optional<Long> waitBeforeNext(Attempts attempts, String staff, Instant now) {
    Instant since = now.minus(WINDOW);
    if (attempts.countAttemptsSince(staff, since) < perHour) {
      return Optional.empty();
    }
    Instant oldest = attempts.oldestAttemptSince(staff, since);
    Instant free = (oldest == null ? now : oldest).plus(WINDOW);
    long seconds = (Duration.between(now, free).toMillis() + 999) / 1000;
    return Optional.of(Math.max(1, seconds));
  }
}
