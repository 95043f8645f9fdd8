package org.privacyportal.backend.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/** Tickets.open: an OPEN ticket and its first public message, in the caller's transaction. */
class TicketsTest {

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());
  private final Instant at = Instant.parse("2026-10-05T14:30:00.123456Z");

  @Test
  void writesAnOpenTicketAndItsFirstPublicMessageWhenTheCallerCommits() throws Exception {
    Patron patron = data.patron("Tia", LocalDate.now().minusYears(30), true);
    String id;
    try (SqlSession session = backend.sessions().openSession(false)) {
      id =
          Tickets.open(
              session,
              patron.id(),
              "PRIVACY_QUESTION",
              "Who saw my loans?",
              patron.subject(),
              "PATRON",
              "I do not recognise an entry.",
              at);
      assertThat(rows(patron)).as("nothing is visible before the caller commits").isEmpty();
      session.commit(true);
    }

    assertThat(rows(patron))
        .containsExactly(
            id
                + "|PRIVACY_QUESTION|OPEN|Who saw my loans?|"
                + patron.subject()
                + "|2026-10-05 14:30:00.123456|2026-10-05 14:30:00.123456|null|"
                + patron.subject()
                + "|PATRON|PUBLIC|I do not recognise an entry.|2026-10-05 14:30:00.123456");
  }

  @Test
  void writesNothingWhenTheCallerRollsBack() throws Exception {
    Patron patron = data.patron("Tom", LocalDate.now().minusYears(30), true);
    try (SqlSession session = backend.sessions().openSession(false)) {
      Tickets.open(
          session,
          patron.id(),
          "LOST_ITEM",
          "Lost my umbrella",
          patron.subject(),
          "PATRON",
          "Black, left at the front desk.",
          at);
      session.rollback(true);
    }

    assertThat(rows(patron)).isEmpty();
  }

  @Test
  void eachTicketHasItsOwnIdAndAGuardianCanOpenOneForTheMinor() throws Exception {
    Patron minor = data.patron("Tad", LocalDate.now().minusYears(9), false);
    Patron father = data.patron("Ted", LocalDate.now().minusYears(40), true);
    List<String> ids = new ArrayList<>();
    try (SqlSession session = backend.sessions().openSession(false)) {
      for (int i = 0; i < 2; i++) {
        ids.add(
            Tickets.open(
                session,
                minor.id(),
                "PRIVACY_QUESTION",
                "Question " + i,
                father.subject(),
                "GUARDIAN",
                "Body " + i,
                at.plus(i, ChronoUnit.MINUTES)));
      }
      session.commit(true);
    }

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f-]{36}"));
    assertThat(rows(minor))
        .hasSize(2)
        .allSatisfy(row -> assertThat(row).contains("|" + father.subject() + "|GUARDIAN|PUBLIC|"));
  }

  /**
   * Every ticket about the patron with its messages, as one line each (times: UTC wall time, as
   * stored).
   */
  private List<String> rows(Patron patron) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = backend.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT t.id, t.type, t.status, t.subject, t.opened_by_subject, t.created_at, t.updated_at, t.closed_at,"
                    + " m.author_subject, m.author_role, m.visibility, m.body, m.created_at"
                    + " FROM ticket t JOIN ticket_message m ON m.ticket_id = t.id WHERE t.patron_id = ?"
                    + " ORDER BY t.created_at, m.created_at")) {
      statement.setString(1, patron.id());
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          List<String> fields = new ArrayList<>();
          for (int i = 1; i <= 13; i++) {
            Object value = result.getObject(i);
            fields.add(String.valueOf(value));
          }
          rows.add(String.join("|", fields));
        }
      }
    }
    return rows;
  }
}
