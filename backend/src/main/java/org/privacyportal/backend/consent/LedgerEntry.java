package org.privacyportal.backend.consent;

import java.time.Instant;

/**
 * One consent-ledger entry as the patron (or their guardian) sees it.
 *
 * @param consent the opt-in: READING_HISTORY, SMS, SMS_..., ACCESS_ALERTS, POLICY (the ledger takes
 *     any kind)
 * @param previous the state before the change
 * @param granted the state after it
 * @param actorRole SELF, GUARDIAN, STAFF or SYSTEM
 * @param actorName the guardian's name for a GUARDIAN entry, else null
 * @param byYou the account asking made this change
 */
public record LedgerEntry(
    String id,
    String consent,
    boolean previous,
    boolean granted,
    String actorRole,
    String actorName,
    boolean byYou,
    String policyVersion,
    String channel,
    Instant recordedAt) {

  static LedgerEntry of(LedgerRow row, String callerSubject) {
    return new LedgerEntry(
        row.id(),
        row.consent(),
        row.previous(),
        row.granted(),
        row.actorRole(),
        row.actorName(),
        callerSubject != null && callerSubject.equals(row.actorSubject()),
        row.policyVersion(),
        row.channel(),
        row.recordedAt());
  }

  @Override
  public String toString() {
    return "LedgerEntry[" + id + ", " + consent + ", " + actorRole + "]";
  }
}
