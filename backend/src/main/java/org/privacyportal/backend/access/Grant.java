package org.privacyportal.backend.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.privacyportal.backend.audit.AccessEntry;
import org.privacyportal.backend.records.Category;

/**
 * Permission to read one category of one patron's records, and what the access log must say about
 * it.
 *
 * @param actorSubject        who acts: the caller, or the impersonating staff member
 * @param actorRole           PATRON, STAFF or DIRECTOR (null for {@link Ground#SELF})
 * @param impersonatedSubject the account an impersonation token was issued for, else null
 * @param groundRef           the guardian link, authorization, ticket, desk lookup or legal request
 * @param reason              the reason a staff member stated at the desk, else null
 * @param sealedUntil         the access stays hidden from the patron until this day, else null
 * @param periodFrom          first day of the records covered (library date), or null for all
 * @param periodTo            last day of the records covered, inclusive, or null for all
 * @param readingHistory      whether the rows read may show reading history in another guise (titles
 *                            of finished holds, what an online service lent, reference topics); set
 *                            only by {@link AccessPolicy#readsReadingHistory}, false unless it says so
 */
public record Grant(
    Ground ground,
    String actorSubject,
    String actorRole,
    String impersonatedSubject,
    String groundRef,
    String reason,
    LocalDate sealedUntil,
    LocalDate periodFrom,
    LocalDate periodTo,
    boolean readingHistory) {

  public Grant {
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(actorSubject, "actorSubject");
  }

  /** A grant that shows no reading history: the access rule decides when one may ({@link #withReadingHistory}). */
  public Grant(Ground ground, String actorSubject, String actorRole, String impersonatedSubject, String groundRef,
      String reason, LocalDate sealedUntil, LocalDate periodFrom, LocalDate periodTo) {
    this(ground, actorSubject, actorRole, impersonatedSubject, groundRef, reason, sealedUntil, periodFrom, periodTo,
        false);
  }

  static Grant self(String subject) {
    return new Grant(Ground.SELF, subject, null, null, null, null, null, null, null, true);
  }

  /** This grant, showing reading history or not, as {@link AccessPolicy#readsReadingHistory} decided. */
  Grant withReadingHistory(boolean shown) {
    return new Grant(ground, actorSubject, actorRole, impersonatedSubject, groundRef, reason, sealedUntil,
        periodFrom, periodTo, shown);
  }

  /** Every access except the patron's own is written to their access log. */
  public boolean isLogged() {
    return ground != Ground.SELF;
  }

  /** The access log entry for reading {@code category} of {@code patronId} at {@code at}. */
  public AccessEntry entry(String patronId, Category category, Instant at) {
    if (!isLogged()) {
      throw new IllegalStateException("A patron's own access is not logged");
    }
    return new AccessEntry(patronId, category, ground, actorSubject, actorRole, impersonatedSubject, groundRef,
        reason, at, sealedUntil);
  }
}
