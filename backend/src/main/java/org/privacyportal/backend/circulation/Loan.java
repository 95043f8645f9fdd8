package org.privacyportal.backend.circulation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A checkout: a current loan (`loans`, returnedAt null) or a returned one (`loan_history`).
 *
 * @param format BOOK, AUDIOBOOK, DVD, MUSIC, MAGAZINE, DEVICE or OTHER
 */
public record Loan(
    String id,
    String itemBarcode,
    String title,
    String author,
    String format,
    String branch,
    Instant checkedOutAt,
    LocalDate dueOn,
    int renewals,
    Instant returnedAt) {

  /** Titles say what a patron reads: keep them out of any log line that prints an object. */
  @Override
  public String toString() {
    return "Loan[id=" + id + "]";
  }
}
