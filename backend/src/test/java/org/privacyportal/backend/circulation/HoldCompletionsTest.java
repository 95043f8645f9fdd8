package org.privacyportal.backend.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.circulation.HoldCompletions.Completion;
import org.privacyportal.backend.circulation.HoldCompletions.Outcome;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * The ILS entry point for holds that end: what a finished hold was for is reading history, kept
 * only while the patron's opt-in is on (as LoanReturns does for returned loans).
 */
class HoldCompletionsTest {

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  private Patron patron(String name) {
    return data.patron(name, LocalDate.now().minusYears(30), true);
  }

  private String waitingHold(Patron patron, String title) {
    String id = TestData.newId();
    data.update(
        "INSERT INTO hold_request (id, patron_id, title, author, format, pickup_branch, placed_at, status,"
            + " queue_position, ready_until) VALUES (?, ?, ?, 'An Author', 'BOOK', 'Central', ?, 'WAITING', 4, NULL)",
        id,
        patron.id(),
        title,
        TestData.utc(Instant.now().minus(3, ChronoUnit.DAYS)));
    return id;
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

  /** title|author|status|queue position. */
  private String row(String holdId) {
    return data.rows(
            "SELECT title, author, status, queue_position FROM hold_request WHERE id = ?", holdId)
        .get(0);
  }

  private Outcome complete(ExecutorType executor, List<Completion> completions) {
    try (SqlSession session = backend.sessions().openSession(executor, false)) {
      Outcome outcome = HoldCompletions.recordCompletions(session, completions);
      session.commit(true);
      return outcome;
    }
  }

  @Test
  void withoutAnOptInAFulfilledHoldLosesItsTitleAtCompletion() {
    String hold = waitingHold(patron("Noa"), "What Noa read");

    try (SqlSession session = backend.sessions().openSession(false)) {
      assertThat(HoldCompletions.recordCompletion(session, hold, "FULFILLED")).isTrue();
      session.commit(true);
    }

    assertThat(row(hold)).isEqualTo("null|null|FULFILLED|null");
  }

  @Test
  void anOptInTurnedOffCountsAsOffAndOneStillOnKeepsTheTitle() {
    Patron keeps = patron("Kee");
    consent(keeps, true, Instant.now().minus(30, ChronoUnit.DAYS));
    Patron stopped = patron("Sto");
    consent(stopped, true, Instant.now().minus(30, ChronoUnit.DAYS));
    consent(stopped, false, Instant.now().minus(2, ChronoUnit.DAYS));
    String kept = waitingHold(keeps, "Kept title");
    String cancelled = waitingHold(stopped, "Cancelled title");
    String expired = waitingHold(stopped, "Expired title");

    Outcome outcome =
        complete(
            ExecutorType.SIMPLE,
            List.of(
                new Completion(kept, "FULFILLED"),
                new Completion(cancelled, "CANCELLED"),
                new Completion(expired, "EXPIRED")));

    assertThat(outcome).isEqualTo(new Outcome(3, 0));
    assertThat(row(kept)).isEqualTo("Kept title|An Author|FULFILLED|null");
    assertThat(row(cancelled)).isEqualTo("null|null|CANCELLED|null");
    assertThat(row(expired)).isEqualTo("null|null|EXPIRED|null");
  }

  @Test
  void aHoldAlreadyEndedOrUnknownOrRepeatedIsSkippedAndKeepsItsState() {
    Patron patron = patron("Rep");
    String hold = waitingHold(patron, "Once");
    assertThat(
            complete(
                ExecutorType.BATCH,
                List.of(
                    new Completion(hold, "FULFILLED"),
                    new Completion(hold, "CANCELLED"),
                    new Completion(TestData.newId(), "CANCELLED"))))
        .isEqualTo(new Outcome(1, 2));
    assertThat(complete(ExecutorType.SIMPLE, List.of(new Completion(hold, "CANCELLED"))))
        .isEqualTo(new Outcome(0, 1));

    assertThat(row(hold)).isEqualTo("null|null|FULFILLED|null");
  }

  @Test
  void onlyAnEndIsACompletion() {
    assertThatThrownBy(() -> new Completion(TestData.newId(), "READY"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
