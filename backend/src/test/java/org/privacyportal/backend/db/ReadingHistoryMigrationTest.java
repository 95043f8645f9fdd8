package org.privacyportal.backend.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.support.TestDatabase;

/**
 * V14 on a database from before it: the titles of ended holds, online-service details and reference
 * topics stored for patrons whose reading-history opt-in is off are emptied, as turning it off does
 * (docs/consents.md); those of patrons with it on, and active holds, stay.
 */
class ReadingHistoryMigrationTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @Test
  void v14EmptiesTheReadingHistoryFieldsOfPatronsWhoseOptInIsOff() throws SQLException {
    TestDatabase server = TestDatabase.get();
    String name = "reading_history_v14";
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
          .target("13")
          .load()
          .migrate();
      TestData data = new TestData(dataSource);
      Patron never = data.patron("Nev", LocalDate.now().minusYears(30), false);
      Patron stopped = data.patron("Sto", LocalDate.now().minusYears(31), false);
      Patron keeps = data.patron("Kee", LocalDate.now().minusYears(32), false);
      consent(data, stopped, true, NOW.minus(90, ChronoUnit.DAYS));
      consent(data, stopped, false, NOW.minus(9, ChronoUnit.DAYS));
      consent(data, keeps, true, NOW.minus(90, ChronoUnit.DAYS));
      for (Patron p : new Patron[] {never, stopped, keeps}) {
        traces(data, p);
      }

      Migrations.migrate(dataSource);

      for (Patron p : new Patron[] {never, stopped}) {
        assertThat(
                data.rows(
                    "SELECT status, title, author FROM hold_request WHERE patron_id = ? ORDER BY status",
                    p.id()))
            .containsExactly(
                "CANCELLED|null|null", "FULFILLED|null|null", "WAITING|Waiting for it|An Author");
        assertThat(
                data.rows(
                    "SELECT platform, detail FROM online_service_use WHERE patron_id = ?", p.id()))
            .containsExactly("Libby|null");
        assertThat(
                data.rows(
                    "SELECT channel, topic FROM reference_consultation WHERE patron_id = ?",
                    p.id()))
            .containsExactly("CHAT|null");
      }
      assertThat(
              data.rows(
                  "SELECT status, title FROM hold_request WHERE patron_id = ? ORDER BY status",
                  keeps.id()))
          .containsExactly("CANCELLED|Cancelled it", "FULFILLED|Read it", "WAITING|Waiting for it");
      assertThat(data.rows("SELECT detail FROM online_service_use WHERE patron_id = ?", keeps.id()))
          .containsExactly("Borrowed: An E-Book");
      assertThat(
              data.rows("SELECT topic FROM reference_consultation WHERE patron_id = ?", keeps.id()))
          .containsExactly("A question");
    } finally {
      try (HikariDataSource admin =
              Database.pool(server.jdbcUrl(), server.user(), server.password());
          Connection connection = admin.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + name);
      }
    }
  }

  private static void consent(TestData data, Patron patron, boolean granted, Instant at) {
    data.update(
        "INSERT INTO consent_entry (id, patron_id, consent, granted, previous, actor_role, actor_subject,"
            + " policy_version, channel, recorded_at) VALUES (?, ?, 'READING_HISTORY', ?, ?, 'SELF', NULL, 'v',"
            + " 'PORTAL', ?)",
        TestData.newId(),
        patron.id(),
        granted,
        !granted,
        TestData.utc(at));
  }

  private static void traces(TestData data, Patron p) {
    hold(data, p, "FULFILLED", "Read it");
    hold(data, p, "CANCELLED", "Cancelled it");
    hold(data, p, "WAITING", "Waiting for it");
    data.update(
        "INSERT INTO online_service_use (id, patron_id, platform, kind, used_at, detail)"
            + " VALUES (?, ?, 'Libby', 'EBOOK', ?, 'Borrowed: An E-Book')",
        TestData.newId(),
        p.id(),
        TestData.utc(NOW.minus(3, ChronoUnit.DAYS)));
    data.update(
        "INSERT INTO reference_consultation (id, patron_id, consulted_at, channel, topic, branch)"
            + " VALUES (?, ?, ?, 'CHAT', 'A question', NULL)",
        TestData.newId(),
        p.id(),
        TestData.utc(NOW.minus(4, ChronoUnit.DAYS)));
  }

  private static void hold(TestData data, Patron p, String status, String title) {
    data.update(
        "INSERT INTO hold_request (id, patron_id, title, author, format, pickup_branch, placed_at, status,"
            + " queue_position, ready_until) VALUES (?, ?, ?, 'An Author', 'BOOK', 'Central', ?, ?, NULL, NULL)",
        TestData.newId(),
        p.id(),
        title,
        TestData.utc(NOW.minus(30, ChronoUnit.DAYS)),
        status);
  }
}
