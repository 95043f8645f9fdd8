package org.privacyportal.backend.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How many desk lookups one staff member may attempt in any hour (a sliding window), found or not:
 * a desk serves people one at a time, so more than that is a script or someone browsing patrons.
 * Configured by {@code PORTAL_DESK_LOOKUPS_PER_HOUR} (BackendConfig, README); docs/desk.md.
 */
public final class DeskLookupLimit {

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
    Instant since = now.minus(WINDOW);
    mapper.lockStaff(staff);
    mapper.deleteAttemptsBefore(staff, since);
    if (mapper.countAttemptsSince(staff, since) >= perHour) {
      Instant oldest = mapper.oldestAttemptSince(staff, since);
      Instant free = (oldest == null ? now : oldest).plus(WINDOW);
      long seconds = (Duration.between(now, free).toMillis() + 999) / 1000;
      return Optional.of(Math.max(1, seconds));
    }
    mapper.insertAttempt(UUID.randomUUID().toString(), staff, now);
    return Optional.empty();
  }
}
