package org.privacyportal.backend.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.circulation.LoanReturns.Outcome;
import org.privacyportal.backend.circulation.LoanReturns.Return;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.consent.NewConsentEntry;
import org.privacyportal.backend.consent.ReadingHistory;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/** The ILS return entry point: a loan is anonymized at its return unless reading history is on. */
class LoanReturnsTest {

  private static final Instant RETURNED =
      Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  private String openLoan(Patron patron) {
    return data.loan(
        patron, RETURNED.minus(10, ChronoUnit.DAYS), LocalDate.now().plusDays(5), null);
  }

  private boolean recordReturn(String loanId) {
    try (SqlSession session = backend.sessions().openSession(false)) {
      boolean returned = LoanReturns.recordReturn(session, loanId, RETURNED);
      session.commit(true);
      return returned;
    }
  }

  private Outcome recordReturns(ExecutorType executor, List<Return> returns) {
    try (SqlSession session = backend.sessions().openSession(executor, false)) {
      Outcome outcome = LoanReturns.recordReturns(session, returns);
      session.commit(true);
      return outcome;
    }
  }

  private void consent(Patron patron, boolean granted, Instant at) {
    data.update(
        "INSERT INTO consent_entry (id, patron_id, consent, granted, previous, actor_role, actor_subject,"
            + " policy_version, channel, recorded_at) VALUES (?, ?, 'READING_HISTORY', ?, ?, 'SELF', ?, 'v', 'PORTAL', ?)",
        TestData.newId(),
        patron.id(),
        granted,
        !granted,
        patron.subject(),
        TestData.utc(at));
  }

  private Patron patron(String name) {
    return data.patron(name, LocalDate.now().minusYears(30), true);
  }

  @Test
  void withoutAnOptInTheLoanIsAnonymizedAtItsReturn() {
    String loan = openLoan(patron("Noa"));

    assertThat(recordReturn(loan)).isTrue();

    assertThat(row(loan)).isEqualTo("null|" + TestData.utc(RETURNED));
  }

  @Test
  void withTheOptInOnTheReturnedLoanStaysInTheHistory() {
    Patron patron = patron("Oli");
    consent(patron, true, Instant.now().minus(30, ChronoUnit.DAYS));
    String loan = openLoan(patron);

    assertThat(recordReturn(loan)).isTrue();

    assertThat(row(loan)).isEqualTo(patron.id() + "|" + TestData.utc(RETURNED));
  }

  @Test
  void theNewestEntryCountsAnOptInTurnedOffAgainAnonymizes() {
    Patron patron = patron("Pia");
    consent(patron, true, Instant.now().minus(30, ChronoUnit.DAYS));
    consent(patron, false, Instant.now().minus(2, ChronoUnit.DAYS));
    String loan = openLoan(patron);

    recordReturn(loan);

    assertThat(row(loan)).startsWith("null|");
  }

  @Test
  void aRepeatedOrUnknownReturnChangesNothing() {
    Patron patron = patron("Quin");
    consent(patron, true, Instant.now().minus(30, ChronoUnit.DAYS));
    String loan = openLoan(patron);
    recordReturn(loan);

    assertThat(recordReturn(loan)).isFalse();
    assertThat(recordReturn(TestData.newId())).isFalse();
    assertThat(row(loan)).isEqualTo(patron.id() + "|" + TestData.utc(RETURNED));
  }

  @Test
  void aBatchKeepsOrAnonymizesEachLoanByItsPatronsCurrentOptIn() {
    Patron keeps = patron("Rae");
    consent(keeps, true, Instant.now().minus(30, ChronoUnit.DAYS));
    Patron never = patron("Sol");
    Patron turnedOff = patron("Tam");
    consent(turnedOff, true, Instant.now().minus(30, ChronoUnit.DAYS));
    consent(turnedOff, false, Instant.now().minus(3, ChronoUnit.DAYS));
    String kept1 = openLoan(keeps);
    String kept2 = openLoan(keeps);
    String anonymous1 = openLoan(never);
    String anonymous2 = openLoan(turnedOff);
    Instant later = RETURNED.plus(5, ChronoUnit.MINUTES);

    Outcome outcome =
        recordReturns(
            ExecutorType.SIMPLE,
            List.of(
                new Return(kept1, RETURNED),
                new Return(anonymous1, RETURNED),
                new Return(kept2, later),
                new Return(anonymous2, later)));

    assertThat(outcome).isEqualTo(new Outcome(4, 0));
    assertThat(row(kept1)).isEqualTo(keeps.id() + "|" + TestData.utc(RETURNED));
    assertThat(row(kept2)).isEqualTo(keeps.id() + "|" + TestData.utc(later));
    assertThat(row(anonymous1)).isEqualTo("null|" + TestData.utc(RETURNED));
    assertThat(row(anonymous2)).isEqualTo("null|" + TestData.utc(later));
  }

  @Test
  void inABatchTheFirstReturnOfALoanWinsAndRepeatsAndUnknownLoansAreSkippedAndCounted() {
    Patron patron = patron("Uma");
    consent(patron, true, Instant.now().minus(30, ChronoUnit.DAYS));
    String loan = openLoan(patron);
    String other = openLoan(patron);
    Instant earlier = RETURNED.minus(2, ChronoUnit.HOURS);

    // sent out of order: the earlier return is the real one, the later a repeated message
    Outcome first =
        recordReturns(
            ExecutorType.SIMPLE,
            List.of(
                new Return(loan, RETURNED),
                new Return(TestData.newId(), RETURNED),
                new Return(loan, earlier),
                new Return(other, RETURNED)));
    Outcome again =
        recordReturns(
            ExecutorType.SIMPLE, List.of(new Return(loan, RETURNED), new Return(other, later())));

    assertThat(first).isEqualTo(new Outcome(2, 2));
    assertThat(again).isEqualTo(new Outcome(0, 2));
    assertThat(row(loan)).isEqualTo(patron.id() + "|" + TestData.utc(earlier));
    assertThat(row(other)).isEqualTo(patron.id() + "|" + TestData.utc(RETURNED));
  }

  @Test
  void aBatchSessionCountsTheSameAndChunksOfManyPatronsAreAllLocked() {
    // More returns than one statement takes, spread over patrons, in a BATCH session (as the demo
    // loads)
    List<Patron> patrons = new ArrayList<>();
    List<Return> returns = new ArrayList<>();
    for (int p = 0; p < 6; p++) {
      Patron patron = patron("Vic" + p);
      if (p % 2 == 0) {
        consent(patron, true, Instant.now().minus(30, ChronoUnit.DAYS));
      }
      patrons.add(patron);
      for (String id : openLoans(patron, 250)) {
        returns.add(new Return(id, RETURNED.minusSeconds(returns.size())));
      }
    }
    returns.add(
        new Return(returns.getFirst().loanId(), later())); // a repeated message, later in time

    Outcome outcome = recordReturns(ExecutorType.BATCH, returns);

    assertThat(returns.size() - 1).isGreaterThan(LoanReturns.CHUNK);
    assertThat(outcome).isEqualTo(new Outcome(1_500, 1));
    for (int p = 0; p < 6; p++) {
      assertThat(
              count(
                  "SELECT COUNT(*) FROM loan WHERE patron_id = ? AND returned_at IS NOT NULL",
                  patrons.get(p).id()))
          .as("patron %d", p)
          .isEqualTo(p % 2 == 0 ? 250 : 0);
      assertThat(count("SELECT COUNT(*) FROM loan WHERE patron_id = ?", patrons.get(p).id()))
          .isEqualTo(p % 2 == 0 ? 250 : 0);
    }
    assertThat(row(returns.getFirst().loanId()))
        .isEqualTo(patrons.getFirst().id() + "|" + TestData.utc(RETURNED));
  }

  @Test
  void aReturnRacingAnOptOutWaitsForItAndIsAnonymized() throws Exception {
    Patron patron = patron("Wren");
    consent(patron, true, Instant.now().minus(30, ChronoUnit.DAYS));
    String loan = openLoan(patron);
    ExecutorService ils = Executors.newSingleThreadExecutor();
    try (SqlSession optOut = backend.sessions().openSession(false)) {
      // the opt-out as ReadingHistory makes it: the patron's lock, then the ledger entry; not
      // committed yet
      ConsentMapper consents = optOut.getMapper(ConsentMapper.class);
      consents.lockPatron(patron.id());
      consents.append(
          new NewConsentEntry(
              UUID.randomUUID().toString(),
              patron.id(),
              ReadingHistory.CONSENT,
              false,
              true,
              "SELF",
              patron.subject(),
              "v",
              "PORTAL",
              Instant.now()));

      Future<Outcome> ret =
          ils.submit(() -> recordReturns(ExecutorType.SIMPLE, List.of(new Return(loan, RETURNED))));
      Thread.sleep(700);
      assertThat(ret).as("the return waits for the opt-out's lock").isNotDone();
      optOut.commit(true);

      assertThat(ret.get(10, TimeUnit.SECONDS)).isEqualTo(new Outcome(1, 0));
    } finally {
      ils.shutdownNow();
    }
    assertThat(row(loan)).isEqualTo("null|" + TestData.utc(RETURNED));
  }

  @Test
  void anOptInChangeWaitsForAReturnInProgress() throws Exception {
    Patron patron = patron("Xan");
    String loan = openLoan(patron);
    ExecutorService portal = Executors.newSingleThreadExecutor();
    try (SqlSession ils = backend.sessions().openSession(false)) {
      assertThat(LoanReturns.recordReturns(ils, List.of(new Return(loan, RETURNED))))
          .isEqualTo(new Outcome(1, 0));

      Future<?> optIn =
          portal.submit(
              () -> {
                try (SqlSession session = backend.sessions().openSession(false)) {
                  session.getMapper(ConsentMapper.class).lockPatron(patron.id());
                  session.commit(true);
                }
              });
      Thread.sleep(700);
      assertThat(optIn).as("the change waits for the return's lock").isNotDone();
      ils.commit(true);
      optIn.get(10, TimeUnit.SECONDS);
    } finally {
      portal.shutdownNow();
    }
    assertThat(row(loan)).startsWith("null|");
  }

  private static Instant later() {
    return RETURNED.plus(1, ChronoUnit.DAYS);
  }

  private List<String> openLoans(Patron patron, int count) {
    String batch = UUID.randomUUID().toString().substring(0, 8);
    data.update(
        "INSERT INTO loan (id, patron_id, item_barcode, title, format, branch, checked_out_at, due_on)"
            + " SELECT UUID(), ?, CONCAT('39301', seq), CONCAT(?, seq), 'BOOK', 'Central', ?, ? FROM seq_1_to_"
            + count,
        patron.id(),
        batch,
        TestData.utc(RETURNED.minus(10, ChronoUnit.DAYS)),
        LocalDate.now().plusDays(5));
    List<String> ids = new ArrayList<>();
    try (Connection connection = backend.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT id FROM loan WHERE patron_id = ? AND title LIKE CONCAT(?, '%')")) {
      statement.setString(1, patron.id());
      statement.setString(2, batch);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  private long count(String sql, String value) {
    try (Connection connection = backend.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, value);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** patron_id|returned_at (UTC wall time) of a loan. */
  private String row(String loanId) {
    try (Connection connection = backend.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT patron_id, returned_at FROM loan WHERE id = ?")) {
      statement.setString(1, loanId);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getString(1) + "|" + rs.getObject(2, LocalDateTime.class);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
