package org.privacyportal.backend.circulation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A hold or request for an item.
 *
 * @param status WAITING, IN_TRANSIT, READY, FULFILLED, CANCELLED or EXPIRED
 * @param queuePosition place in the queue while waiting, else null
 * @param readyUntil last day to pick it up once ready, else null
 */
public record Hold(
    String id,
    String title,
    String author,
    String format,
    String pickupBranch,
    Instant placedAt,
    String status,
    Integer queuePosition,
    LocalDate readyUntil) {

  @Override
  public String toString() {
    return "Hold[id=" + id + "]";
  }
}
