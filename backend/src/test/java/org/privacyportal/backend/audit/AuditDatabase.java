package org.privacyportal.backend.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.db.Database;
import org.privacyportal.backend.db.Migrations;
import org.privacyportal.backend.db.MyBatis;
import org.privacyportal.backend.support.TestDatabase;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * A database of its own (portal_audit) on the shared embedded server, migrated like the real one:
 * these tests empty, cut and forge the access log, which must not disturb the other tests' log in
 * the portal database. access_log.patron_id has no foreign key, so no patrons are needed.
 */
final class AuditDatabase {

  static final byte[] KEY =
      "test access log key, 32+ characters long".getBytes(StandardCharsets.UTF_8);
  static final String NAME = "portal_audit";

  private static AuditDatabase instance;

  private final String jdbcUrl;
  private final HikariDataSource dataSource;
  private final SqlSessionFactory sessions;

  private AuditDatabase() {
    TestDatabase server = TestDatabase.get();
    String base = server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/') + 1);
    try (Connection connection =
            DriverManager.getConnection(base, server.user(), server.password());
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + NAME
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create " + NAME, e);
    }
    jdbcUrl = base + NAME;
    dataSource = Database.pool(jdbcUrl, server.user(), server.password());
    Migrations.migrate(dataSource);
    sessions = MyBatis.sessionFactory(dataSource, AccessLogMapper.class);
    Runtime.getRuntime().addShutdownHook(new Thread(dataSource::close, "audit-db-stop"));
  }

  static synchronized AuditDatabase get() {
    if (instance == null) {
      instance = new AuditDatabase();
    }
    return instance;
  }

  String jdbcUrl() {
    return jdbcUrl;
  }

  HikariDataSource dataSource() {
    return dataSource;
  }

  SqlSessionFactory sessions() {
    return sessions;
  }

  /** An empty log with the head at its start, as the migration leaves it. */
  void reset() {
    sql(
        "TRUNCATE TABLE access_log",
        "UPDATE access_log_head SET last_seq = 0, last_hmac = REPEAT('0', 64) WHERE id = 1");
  }

  /** Runs statements in one autocommit connection (how an intruder with SQL access would). */
  void sql(String... statements) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long count() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT COUNT(*) FROM access_log")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Appends {@code n} entries, each in a transaction of its own. */
  void append(AccessLog log, int n, String actor) {
    for (int i = 0; i < n; i++) {
      try (SqlSession session = sessions.openSession()) {
        log.append(session, entry(actor, i));
        session.commit();
      }
    }
  }

  VerificationResult verify() {
    return AccessLogVerifier.verify(sessions, KEY);
  }

  /** A plausible entry; {@code i} varies the optional fields so every column gets exercised. */
  static AccessEntry entry(String actor, int i) {
    Category category = Category.values()[i % Category.values().length];
    Ground ground =
        switch (i % 4) {
          case 0 -> Ground.GUARDIAN;
          case 1 -> Ground.WRITTEN_AUTHORIZATION;
          case 2 -> Ground.LIBRARY_BUSINESS;
          default -> Ground.LEGAL_PROCESS;
        };
    return new AccessEntry(
        UUID.randomUUID().toString(),
        category,
        ground,
        actor,
        ground == Ground.LIBRARY_BUSINESS ? "STAFF" : "PATRON",
        i % 7 == 0 ? "impersonated-" + i : null,
        i % 3 == 0 ? null : UUID.randomUUID().toString(),
        ground == Ground.LIBRARY_BUSINESS ? "desk lookup, renewal question " + i : null,
        Instant.now(),
        ground == Ground.LEGAL_PROCESS ? LocalDate.now().plusDays(90) : null);
  }
}
