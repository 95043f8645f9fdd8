package org.privacyportal.backend.desk;

import java.time.Instant;

/**
 * A staff member's lookup of one patron at the desk, with the reason they stated. For a while
 * ({@link DeskLookupService#VALIDITY}) it lets that staff member read the patron's records
 * (library business, never `loan_history`), each read logged with the reason.
 */
public record DeskLookup(
    String id,
    String staffSubject,
    String patronId,
    String reason,
    String branch,
    Instant createdAt,
    Instant expiresAt) {

  /** The reason may describe the patron's situation: keep it out of log lines. */
  @Override
  public String toString() {
    return "DeskLookup[id=" + id + "]";
  }
}
