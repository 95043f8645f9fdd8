package org.privacyportal.backend.vocabulary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which of a patron's rows a mapper returns: one page of them, newest first, limited to the period
 * a grant covers (a legal request names one; every other ground covers all time).
 *
 * @param from earliest time covered, inclusive, or null for no lower bound
 * @param until end of the period covered, exclusive, or null for no upper bound
 * @param today the library's date today (hides access-log entries still sealed)
 * @param loanHistory the patron's search and order, used by {@code loan_history} only
 * @param readingHistory whether the rows may show reading history in another guise (titles of
 *     finished holds, online-service details, reference topics): the grant's {@link
 *     org.privacyportal.backend.access.Grant#readingHistory}; when false the mappers return those
 *     fields as null
 * @param endedHolds whether {@code holds} includes holds no longer active (fulfilled, cancelled,
 *     expired): {@link org.privacyportal.backend.access.AccessPolicy#showsEndedHolds}
 */
public record RecordQuery(
    String patronId,
    Instant from,
    Instant until,
    LocalDate today,
    long offset,
    int limit,
    LoanHistoryFilter loanHistory,
    boolean readingHistory,
    boolean endedHolds) {

  /**
   * A query for a category other than {@code holds} that shows no reading history in another guise
   * (deny by default).
   */
  public RecordQuery(
      String patronId,
      Instant from,
      Instant until,
      LocalDate today,
      long offset,
      int limit,
      LoanHistoryFilter loanHistory) {
    this(patronId, from, until, today, offset, limit, loanHistory, false, false);
  }
}
