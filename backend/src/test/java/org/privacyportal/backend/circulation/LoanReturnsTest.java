package org.privacyportal.backend.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/** The ILS return entry point: a loan is anonymized at its return unless reading history is on. */
class LoanReturnsTest {

  private static final Instant RETURNED = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  private String openLoan(Patron patron) {
    return data.loan(patron, RETURNED.minus(10, ChronoUnit.DAYS), LocalDate.now().plusDays(5), null);
  }

  private boolean recordReturn(String loanId) {
    try (SqlSession session = backend.sessions().openSession(false)) {
      boolean returned = LoanReturns.recordReturn(session, loanId, RETURNED);
      session.commit(true);
      return returned;
    }
  }

  private void consent(Patron patron, boolean granted, Instant at) {
    data.update("INSERT INTO consent_entry (id, patron_id, consent, granted, previous, actor_role, actor_subject,"
            + " policy_version, channel, recorded_at) VALUES (?, ?, 'READING_HISTORY', ?, ?, 'SELF', ?, 'v', 'PORTAL', ?)",
        TestData.newId(), patron.id(), granted, !granted, patron.subject(), TestData.utc(at));
  }

  @Test
  void withoutAnOptInTheLoanIsAnonymizedAtItsReturn() {
    Patron patron = data.patron("Noa", LocalDate.now().minusYears(30), true);
    String loan = openLoan(patron);

    assertThat(recordReturn(loan)).isTrue();

    assertThat(row(loan)).isEqualTo("null|" + TestData.utc(RETURNED));
  }

  @Test
  void withTheOptInOnTheReturnedLoanStaysInTheHistory() {
    Patron patron = data.patron("Oli", LocalDate.now().minusYears(30), true);
    consent(patron, true, Instant.now().minus(30, ChronoUnit.DAYS));
    String loan = openLoan(patron);

    assertThat(recordReturn(loan)).isTrue();

    assertThat(row(loan)).isEqualTo(patron.id() + "|" + TestData.utc(RETURNED));
  }

  @Test
  void theNewestEntryCountsAnOptInTurnedOffAgainAnonymizes() {
    Patron patron = data.patron("Pia", LocalDate.now().minusYears(30), true);
    consent(patron, true, Instant.now().minus(30, ChronoUnit.DAYS));
    consent(patron, false, Instant.now().minus(2, ChronoUnit.DAYS));
    String loan = openLoan(patron);

    recordReturn(loan);

    assertThat(row(loan)).startsWith("null|");
  }

  @Test
  void aRepeatedOrUnknownReturnChangesNothing() {
    Patron patron = data.patron("Quin", LocalDate.now().minusYears(30), true);
    consent(patron, true, Instant.now().minus(30, ChronoUnit.DAYS));
    String loan = openLoan(patron);
    recordReturn(loan);

    assertThat(recordReturn(loan)).isFalse();
    assertThat(recordReturn(TestData.newId())).isFalse();
    assertThat(row(loan)).isEqualTo(patron.id() + "|" + TestData.utc(RETURNED));
  }

  /** patron_id|returned_at (UTC wall time) of a loan. */
  private String row(String loanId) {
    try (Connection connection = backend.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT patron_id, returned_at FROM loan WHERE id = ?")) {
      statement.setString(1, loanId);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getString(1) + "|" + rs.getObject(2, java.time.LocalDateTime.class);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
