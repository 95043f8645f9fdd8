package org.privacyportal.backend.demo;

import java.time.LocalDate;
import java.util.List;
import org.privacyportal.backend.demo.DemoRows.Patron;

/**
 * What the generator decided about one patron before writing any of their records.
 *
 * @param number the patron's place in the data set (0, 1, ...): it keys their random stream
 * @param row the patron row (its id already chosen)
 * @param insert false for a demo patron already in the database (their records are still written)
 * @param registered when the card was issued
 * @param activity how much they borrow compared with others (0 = never)
 * @param currentCap at most this many current loans
 * @param historySince start of the current reading-history opt-in, or null when it is off
 * @param consents their consent ledger, oldest first
 * @param fixedLoans for hand-made patrons: their exact current and returned loans; null = allocated
 * @param dueSoon the first current loans fall due within three days
 * @param holdStatuses for hand-made patrons: their holds; null = drawn at random
 * @param fineStatuses for hand-made patrons: their fines; null = drawn at random
 */
record PatronPlan(
    int number,
    Patron row,
    boolean insert,
    int age,
    LocalDate registered,
    double activity,
    int currentCap,
    LocalDate historySince,
    List<ConsentPlan> consents,
    FixedLoans fixedLoans,
    boolean dueSoon,
    List<String> holdStatuses,
    List<String> fineStatuses) {

  boolean readingHistory() {
    return historySince != null;
  }

  String id() {
    return row.id();
  }

  /** One consent-ledger entry to write. */
  record ConsentPlan(
      String consent,
      boolean granted,
      boolean previous,
      String actorRole,
      String actorSubject,
      String channel,
      LocalDate on) {}

  /** Exact loan counts for a hand-made patron. */
  record FixedLoans(int current, int returned) {}

  /** A guardian link to write once both patrons are. */
  record LinkPlan(
      PatronPlan guardian,
      PatronPlan minor,
      String status,
      String idDocumentType,
      LocalDate requested,
      LocalDate verified,
      LocalDate ended) {}
}
