package org.privacyportal.backend.desk;

import java.time.Instant;

/**
 * A staff member's lookup of one patron at the desk, by the number on the patron's card, with a
 * reason from {@link DeskReason}. For a while ({@link DeskLookupService#VALIDITY}) it lets that
 * staff member read the categories a desk needs ({@code AccessPolicy.DESK_LOOKUP_CATEGORIES}), each
 * read logged with the reason (docs/desk.md).
 *
 * @param reason a {@link DeskReason} code
 * @param note the staff member's own words, or null
 */
public record DeskLookup(
    String id,
    String staffSubject,
    String patronId,
    String reason,
    String note,
    String branch,
    Instant createdAt,
    Instant expiresAt) {

  /** The note may describe the patron's situation: keep it out of log lines. */
  @Override
  public String toString() {
    return "DeskLookup[id=" + id + "]";
  }
}
