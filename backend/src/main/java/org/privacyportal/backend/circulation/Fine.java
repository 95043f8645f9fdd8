package org.privacyportal.backend.circulation;

import java.time.Instant;

/**
 * A fine or fee.
 *
 * @param reason OVERDUE, LOST_ITEM, DAMAGED_ITEM, CARD_REPLACEMENT, PRINTING or OTHER
 * @param status OPEN, PAID or WAIVED
 */
public record Fine(
    String id,
    int amountCents,
    String currency,
    String reason,
    String description,
    String status,
    Instant assessedAt,
    Instant resolvedAt) {

  @Override
  public String toString() {
    return "Fine[id=" + id + "]";
  }
}
