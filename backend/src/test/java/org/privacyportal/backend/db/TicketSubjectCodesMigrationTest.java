package org.privacyportal.backend.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.support.TestDatabase;

/**
 * V16 on a database from before it: the subjects and first messages the portal wrote in English (a
 * detail-change request, a guardian-link request) become codes with parameters, what the patron
 * typed kept as written; subjects and messages people wrote stay as they are (docs/problems.md).
 */
class TicketSubjectCodesMigrationTest {

  @Test
  void v16RecognisesThePortalsEnglishSubjectsAndFirstMessages() throws SQLException {
    TestDatabase server = TestDatabase.get();
    String name = "ticket_subject_codes_v16";
    String url = server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/') + 1) + name;
    try (HikariDataSource admin =
            Database.pool(server.jdbcUrl(), server.user(), server.password());
        Connection connection = admin.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute(
          "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    try (HikariDataSource dataSource = Database.pool(url, server.user(), server.password())) {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .target("15")
          .load()
          .migrate();
      TestData data = new TestData(dataSource);
      Patron patron = data.patron("Ola", LocalDate.now().minusYears(40), false);
      String details =
          ticket(
              data,
              patron,
              "UPDATE_DETAILS",
              "Update my details",
              "Please change my e-mail address, postal address. The new values are in the change request, waiting for"
                  + " staff approval.");
      String link =
          ticket(
              data,
              patron,
              "GUARDIAN_LINK",
              "Link a child's account",
              "Child's name: Ana 50% Ruiz\nChild's birth date: 2016-04-05\nChild's card number: (not given)\n"
                  + "Relationship: PARENT\nMessage: Call me.\nPlease.");
      data.update(
          "INSERT INTO guardian_link_request (ticket_id, requester_id, minor_name, minor_birth_date,"
              + " minor_card_number, relationship) VALUES (?, ?, 'Ana 50% Ruiz', '2016-04-05', NULL, 'PARENT')",
          link, patron.id());
      String typed =
          ticket(data, patron, "LOST_ITEM", "Update my details", "Please change my umbrella.");

      Migrations.migrate(dataSource);

      assertThat(
              data.rows(
                  "SELECT t.subject_code, m.message_code, m.message_params FROM ticket t"
                      + " JOIN ticket_message m ON m.ticket_id = t.id WHERE t.id = ?",
                  details))
          .containsExactly("details.request|details.requested|{\"fields\": \"EMAIL,ADDRESS\"}");
      assertThat(
              data.rows(
                  "SELECT t.subject_code, m.message_code FROM ticket t JOIN ticket_message m"
                      + " ON m.ticket_id = t.id WHERE t.id = ?",
                  link))
          .containsExactly("guardian-link.request|guardian-link.requested-with-message");
      assertThat(
              data.rows(
                  "SELECT JSON_VALUE(message_params, '$.minorName'), JSON_VALUE(message_params,"
                      + " '$.minorBirthDate'), JSON_VALUE(message_params, '$.relationship'), JSON_VALUE(message_params,"
                      + " '$.message'), JSON_CONTAINS_PATH(message_params, 'one', '$.minorCardNumber') FROM ticket_message"
                      + " WHERE ticket_id = ?",
                  link))
          .containsExactly("Ana 50% Ruiz|2016-04-05|PARENT|Call me.\nPlease.|0");
      assertThat(
              data.rows(
                  "SELECT t.subject_code, m.message_code FROM ticket t JOIN ticket_message m"
                      + " ON m.ticket_id = t.id WHERE t.id = ?",
                  typed))
          .containsExactly("null|null");
    } finally {
      try (HikariDataSource admin =
              Database.pool(server.jdbcUrl(), server.user(), server.password());
          Connection connection = admin.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + name);
      }
    }
  }

  private static String ticket(
      TestData data, Patron patron, String type, String subject, String body) {
    String id = TestData.newId();
    data.update(
        "INSERT INTO ticket (id, patron_id, type, status, subject, opened_by_subject, created_at, updated_at)"
            + " VALUES (?, ?, ?, 'OPEN', ?, ?, NOW(6), NOW(6))",
        id,
        patron.id(),
        type,
        subject,
        patron.subject());
    data.update(
        "INSERT INTO ticket_message (id, ticket_id, author_subject, author_role, visibility, body, created_at)"
            + " VALUES (?, ?, ?, 'PATRON', 'PUBLIC', ?, NOW(6))",
        TestData.newId(),
        id,
        patron.subject(),
        body);
    return id;
  }
}
