package org.privacyportal.frontend.backend;

import java.util.Locale;

/**
 * What the patron asked of their reading history: a search text (title or author; blank for all)
 * and an order. The backend does the searching and sorting; these are only its query parameters.
 */
public record LoanHistoryQuery(String search, Sort sort, boolean ascending) {

  /** The backend's default: most recent return first. */
  public static final LoanHistoryQuery ALL = new LoanHistoryQuery("", Sort.RETURNED, false);

  public LoanHistoryQuery {
    search = search == null ? "" : search.strip();
    sort = sort == null ? Sort.RETURNED : sort;
  }

  public enum Sort {
    RETURNED,
    TITLE,
    AUTHOR;

    String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  String direction() {
    return ascending ? "asc" : "desc";
  }
}
