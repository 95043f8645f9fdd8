package org.privacyportal.backend.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.privacyportal.backend.circulation.Loan;

/**
 * The reading history as CSV (RFC 4180, UTF-8): one row per returned loan, dates in ISO 8601
 * (instants in UTC), so any spreadsheet or program reads them the same way.
 */
final class LoanHistoryCsv {

  static final String[] HEADER = {
    "title", "author", "format", "branch", "checked out", "due", "returned"
  };

  private LoanHistoryCsv() {}

  static void write(List<Loan> loans, Writer out) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (Loan loan : loans) {
        csv.printRecord(
            text(loan.title()),
            text(loan.author()),
            text(loan.format()),
            text(loan.branch()),
            date(loan.checkedOutAt()),
            date(loan.dueOn()),
            date(loan.returnedAt()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A title such as "=HYPERLINK(…)" would run as a formula when the file is opened in a spreadsheet
   * (CSV injection): such a cell starts with an apostrophe, which spreadsheets take as "plain
   * text".
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static String date(TemporalAccessor value) {
    return value == null ? "" : value.toString();
  }
}
