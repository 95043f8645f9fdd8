package org.privacyportal.backend.vocabulary;

import java.util.Locale;

/**
 * How the patron narrows and orders their reading history: {@code ?q=} matches title or author
 * (case-insensitive, as plain text: LIKE wildcards in it are escaped), {@code ?sort=} and {@code
 * ?dir=}. Only fixed column names from {@link Sort} ever reach the SQL's ORDER BY.
 *
 * @param search the text to look for, or null for every loan
 * @param ascending ascending order of the sort column
 */
public record LoanHistoryFilter(String search, Sort sort, boolean ascending) {

  /** The longest search text accepted; longer is a 400 (no title search needs more). */
  public static final int MAX_SEARCH = 100;

  /** The plain history: everything, most recently returned first. */
  public static final LoanHistoryFilter NONE = new LoanHistoryFilter(null, Sort.RETURNED, false);

  /**
   * The escape character of the LIKE patterns (not the backslash, whose meaning depends on
   * sql_mode).
   */
  private static final char ESCAPE = '!';

  public enum Sort {
    RETURNED("returned_at", false),
    TITLE("title", true),
    AUTHOR("author", true);

    private final String column;
    private final boolean ascendingByDefault;

    Sort(String column, boolean ascendingByDefault) {
      this.column = column;
      this.ascendingByDefault = ascendingByDefault;
    }

    public boolean ascendingByDefault() {
      return ascendingByDefault;
    }
  }

  /** The LIKE pattern for {@link #search}, lower case with its wildcards escaped, or null. */
  public String pattern() {
    if (search == null) {
      return null;
    }
    var pattern = new StringBuilder("%");
    for (char c : search.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }

  /**
   * The ORDER BY list: the sort column, then the newest return, then the id so pages never overlap.
   */
  public String orderBy() {
    String direction = ascending ? "ASC" : "DESC";
    return sort == Sort.RETURNED
        ? "returned_at " + direction + ", id"
        : sort.column + " " + direction + ", returned_at DESC, id";
  }
}
