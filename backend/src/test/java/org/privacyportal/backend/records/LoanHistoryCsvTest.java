package org.privacyportal.backend.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.circulation.Loan;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * The reading history as a CSV download: columns, filter, attachment, access rule and access log.
 */
class LoanHistoryCsvTest {

  private static final Instant BASE = Instant.parse("2025-05-01T12:00:00Z");

  private static TestBackend backend;
  private static TestData data;
  private static Patron minor;
  private static Patron guardian;

  @BeforeAll
  static void world() {
    backend = TestBackend.get();
    data = new TestData(backend.dataSource());
    minor = data.patron("Ola", LocalDate.now().minusYears(12), true);
    guardian = data.patron("Uma", LocalDate.now().minusYears(42), true);
    data.guardianLink(guardian, minor, true);
    String first =
        data.loan(minor, BASE, LocalDate.of(2025, 5, 22), BASE.plus(10, ChronoUnit.DAYS));
    data.update(
        "UPDATE loan SET title = ?, author = ? WHERE id = ?",
        "Hatchet, a novel",
        "Gary \"G\" Paulsen",
        first);
    String second =
        data.loan(
            minor,
            BASE.plus(1, ChronoUnit.DAYS),
            LocalDate.of(2025, 5, 23),
            BASE.plus(12, ChronoUnit.DAYS));
    data.update(
        "UPDATE loan SET title = ?, author = ? WHERE id = ?",
        "=cmd|' /C calc'!A0",
        "Mallory",
        second);
    data.loan(minor, BASE, LocalDate.of(2025, 5, 22), null); // still out
  }

  @Test
  void theOwnerDownloadsTheirWholeHistoryAsAnAttachment() throws Exception {
    HttpResponse<String> response = backend.get(path(""), backend.patronToken(minor));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv").contains("utf-8"));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"reading-history.csv\"");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    List<CSVRecord> rows = parse(response.body());
    assertThat(rows.getFirst().values())
        .containsExactly("title", "author", "format", "branch", "checked out", "due", "returned");
    assertThat(rows).hasSize(3);
    // most recent return first; a formula-looking title is defused
    assertThat(rows.get(1).values())
        .containsExactly(
            "'=cmd|' /C calc'!A0",
            "Mallory",
            "BOOK",
            "Central",
            "2025-05-02T12:00:00Z",
            "2025-05-23",
            "2025-05-13T12:00:00Z");
    assertThat(rows.get(2).values())
        .containsExactly(
            "Hatchet, a novel",
            "Gary \"G\" Paulsen",
            "BOOK",
            "Central",
            "2025-05-01T12:00:00Z",
            "2025-05-22",
            "2025-05-11T12:00:00Z");
  }

  @Test
  void theSearchAndOrderApplyToTheDownloadToo() throws Exception {
    assertThat(parse(backend.get(path("?q=hatchet"), backend.patronToken(minor)).body()))
        .hasSize(2);
    assertThat(
            parse(backend.get(path("?sort=returned&dir=asc"), backend.patronToken(minor)).body())
                .get(1)
                .get(0))
        .isEqualTo("Hatchet, a novel");
    assertThat(backend.get(path("?sort=pages"), backend.patronToken(minor)).statusCode())
        .isEqualTo(400);
  }

  @Test
  void aGuardiansDownloadIsLogged() {
    long before = data.lastAccessLogSeq();

    assertThat(backend.get(path(""), backend.patronToken(guardian)).statusCode()).isEqualTo(200);

    assertThat(data.accessLogAfter(before))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.patronId()).isEqualTo(minor.id());
              assertThat(entry.category()).isEqualTo("loan_history");
              assertThat(entry.ground()).isEqualTo("GUARDIAN");
            });
  }

  @Test
  void anyoneElseGetsTheSame404AsForNobody() {
    Patron stranger = data.patron("Vic", LocalDate.now().minusYears(30), true);
    HttpResponse<String> nobody =
        backend.get(
            "/api/v1/patrons/" + TestData.newId() + "/loan_history", backend.patronToken(stranger));
    long before = data.lastAccessLogSeq();

    HttpResponse<String> response = backend.get(path(""), backend.patronToken(stranger));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo(nobody.body());
    assertThat(
            backend
                .get("/api/v1/patrons/not-an-id/loan_history.csv", backend.patronToken(stranger))
                .body())
        .isEqualTo(nobody.body());
    assertThat(data.accessLogAfter(before)).isEmpty();
  }

  @Test
  void cellsThatWouldRunAsFormulasAreDefused() {
    assertThat(LoanHistoryCsv.text("=1+1")).isEqualTo("'=1+1");
    assertThat(LoanHistoryCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(LoanHistoryCsv.text("-30-")).isEqualTo("'-30-");
    assertThat(LoanHistoryCsv.text("Dune")).isEqualTo("Dune");
    assertThat(LoanHistoryCsv.text(null)).isEmpty();
    var out = new StringWriter();
    LoanHistoryCsv.write(
        List.of(new Loan("x", "b", "T", null, "BOOK", "Central", null, null, 0, null)), out);
    assertThat(out.toString())
        .isEqualTo("title,author,format,branch,checked out,due,returned\r\nT,,BOOK,Central,,,\r\n");
  }

  private static String path(String query) {
    return "/api/v1/patrons/" + minor.id() + "/loan_history.csv" + query;
  }

  private static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
  }
}
