package org.privacyportal.backend.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.privacyportal.backend.audit.AccessEntry;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * Permission to read one category of one patron's records, and what the access log must say about
 * it. Only the access rule makes one ({@link AccessPolicy}), and only the access core ({@link
 * AccessCore}) turns one into an access-log entry: a feature receives grants in its {@link Scope}
 * and cannot make them up.
 */
public final class Grant {

  private final Ground ground;
  private final String actorSubject;
  private final String actorRole;
  private final String impersonatedSubject;
  private final String groundRef;
  private final String reason;
  private final LocalDate sealedUntil;
  private final LocalDate periodFrom;
  private final LocalDate periodTo;
  private final boolean readingHistory;

  /**
   * @param actorSubject who acts: the caller, or the impersonating staff member
   * @param actorRole PATRON, STAFF or DIRECTOR (null for {@link Ground#SELF})
   * @param impersonatedSubject the account an impersonation token was issued for, else null
   * @param groundRef the guardian link, authorization, ticket, desk lookup or legal request
   * @param reason the reason a staff member stated at the desk, else null
   * @param sealedUntil the access stays hidden from the patron until this day, else null
   * @param periodFrom first day of the records covered (library date), or null for all
   * @param periodTo last day of the records covered, inclusive, or null for all
   * @param readingHistory whether the rows read may show reading history in another guise (titles
   *     of finished holds, what an online service lent, reference topics); set only by {@link
   *     AccessPolicy#readsReadingHistory}, false unless it says so
   */
  Grant(
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
    this.ground = Objects.requireNonNull(ground, "ground");
    this.actorSubject = Objects.requireNonNull(actorSubject, "actorSubject");
    this.actorRole = actorRole;
    this.impersonatedSubject = impersonatedSubject;
    this.groundRef = groundRef;
    this.reason = reason;
    this.sealedUntil = sealedUntil;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.readingHistory = readingHistory;
  }

  /**
   * A grant that shows no reading history: the access rule decides when one may ({@link
   * #withReadingHistory}).
   */
  Grant(
      Ground ground,
      String actorSubject,
      String actorRole,
      String impersonatedSubject,
      String groundRef,
      String reason,
      LocalDate sealedUntil,
      LocalDate periodFrom,
      LocalDate periodTo) {
    this(
        ground,
        actorSubject,
        actorRole,
        impersonatedSubject,
        groundRef,
        reason,
        sealedUntil,
        periodFrom,
        periodTo,
        false);
  }

  /**
   * This grant, showing reading history or not, as {@link AccessPolicy#readsReadingHistory}
   * decided.
   */
  Grant withReadingHistory(boolean shown) {
    return new Grant(
        ground,
        actorSubject,
        actorRole,
        impersonatedSubject,
        groundRef,
        reason,
        sealedUntil,
        periodFrom,
        periodTo,
        shown);
  }

  static Grant self(String subject) {
    return new Grant(Ground.SELF, subject, null, null, null, null, null, null, null, true);
  }

  public Ground ground() {
    return ground;
  }

  public String actorSubject() {
    return actorSubject;
  }

  public String actorRole() {
    return actorRole;
  }

  public String impersonatedSubject() {
    return impersonatedSubject;
  }

  public String groundRef() {
    return groundRef;
  }

  public String reason() {
    return reason;
  }

  public LocalDate sealedUntil() {
    return sealedUntil;
  }

  public LocalDate periodFrom() {
    return periodFrom;
  }

  public LocalDate periodTo() {
    return periodTo;
  }

  /**
   * Whether the rows read may show reading history in another guise (see {@link
   * AccessPolicy#readsReadingHistory}).
   */
  public boolean readingHistory() {
    return readingHistory;
  }

  /** Every access except the patron's own is written to their access log. */
  public boolean isLogged() {
    return ground != Ground.SELF;
  }

  /** The access log entry for reading {@code category} of {@code patronId} at {@code at}. */
  AccessEntry entry(String patronId, Category category, Instant at) {
    if (!isLogged()) {
      throw new IllegalStateException("A patron's own access is not logged");
    }
    return new AccessEntry(
        patronId,
        category,
        ground,
        actorSubject,
        actorRole,
        impersonatedSubject,
        groundRef,
        reason,
        at,
        sealedUntil);
  }

  @Override
  public String toString() {
    return "Grant[" + ground + "]";
  }
}
