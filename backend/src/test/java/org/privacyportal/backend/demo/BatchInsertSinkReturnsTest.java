package org.privacyportal.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.demo.DemoRows.ConsentEntry;
import org.privacyportal.backend.demo.DemoRows.Loan;
import org.privacyportal.backend.demo.DemoRows.Patron;

/**
 * The demo logins' returns go through the ILS sync's entry point: the sink checks the loan out and
 * LoanReturns decides, from the patron's consent ledger, whether the patron keeps it.
 */
class BatchInsertSinkReturnsTest {

  private static final LocalDateTime OUT = LocalDateTime.of(2026, 10, 1, 15, 0);
  private static final LocalDateTime BACK = LocalDateTime.of(2026, 10, 20, 16, 30);

  private static FreshDatabase database;

  @BeforeAll
  static void database() {
    database = new FreshDatabase("demo_sink_returns").refusingLoansInsertedAsReturned();
    DemoDataLoader.register(database.sessions().getConfiguration());
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void aReturnIsKeptForAPatronWhoOptedInAndAnonymizedForOneWhoDidNot() {
    String keeps = UUID.randomUUID().toString();
    String doesNot = UUID.randomUUID().toString();
    try (SqlSession session = database.sessions().openSession(ExecutorType.BATCH, false)) {
      var sink = new BatchInsertSink(session, 100, 0, total -> {});
      sink.add(patron(keeps, "D0000001"));
      sink.add(patron(doesNot, "D0000002"));
      sink.add(
          new ConsentEntry(
              UUID.randomUUID().toString(),
              keeps,
              "READING_HISTORY",
              true,
              false,
              "SELF",
              null,
              "2026-11-01",
              "PORTAL",
              OUT.minusDays(30)));
      sink.addReturned(loan("kept", keeps));
      sink.addReturned(loan("anonymized", doesNot));
      sink.returnsPlayable();
      sink.finish();

      assertThat(sink.returnsPlayed()).isEqualTo(2);
      session.commit();
    }

    assertThat(
            database.count(
                "SELECT COUNT(*) FROM loan WHERE patron_id = '"
                    + keeps
                    + "' AND returned_at IS NOT NULL"))
        .isEqualTo(1);
    assertThat(database.count("SELECT COUNT(*) FROM loan WHERE patron_id = '" + doesNot + "'"))
        .isZero();
    assertThat(
            database.count(
                "SELECT COUNT(*) FROM loan WHERE patron_id IS NULL AND returned_at IS NOT NULL"
                    + " AND title = 'anonymized'"))
        .isEqualTo(1);
  }

  private static Patron patron(String id, String card) {
    return new Patron(
        id,
        null,
        "Test",
        "Reader",
        card,
        LocalDate.of(1980, 1, 1),
        null,
        null,
        "1 Main Street",
        null,
        "Lake Charles",
        "LA",
        "70601",
        "ADULT",
        LocalDate.of(2030, 1, 1),
        OUT.minusYears(1),
        OUT.minusYears(1));
  }

  private static Loan loan(String title, String patronId) {
    return new Loan(
        UUID.randomUUID().toString(),
        patronId,
        "31234000000001",
        title,
        null,
        "BOOK",
        "Central",
        OUT,
        OUT.toLocalDate().plusDays(21),
        0,
        BACK);
  }
}
