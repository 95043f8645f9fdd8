package org.privacyportal.backend.consent;

import java.time.Instant;

/**
 * A consent-ledger row as the ledger view and the receipts read it: the entry, the account that
 * acted (kept to tell "you" from someone else, never sent) and, for a guardian, their name.
 */
public record LedgerRow(
    String id,
    String consent,
    boolean granted,
    boolean previous,
    String actorRole,
    String actorSubject,
    String actorFirstName,
    String actorLastName,
    String policyVersion,
    String channel,
    Instant recordedAt) {

  /** The guardian's name for a GUARDIAN entry, else null. */
  public String actorName() {
    if (actorFirstName == null && actorLastName == null) {
      return null;
    }
    return (nullToEmpty(actorFirstName) + " " + nullToEmpty(actorLastName)).strip();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String toString() {
    return "LedgerRow[" + id + ", " + consent + ", " + actorRole + "]";
  }
}
