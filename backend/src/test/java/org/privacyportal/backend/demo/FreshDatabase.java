package org.privacyportal.backend.demo;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.db.Database;
import org.privacyportal.backend.db.Migrations;
import org.privacyportal.backend.db.MyBatis;
import org.privacyportal.backend.support.TestDatabase;

/**
 * A database of its own, freshly migrated, on the test run's embedded MariaDB (TestDatabase), for
 * tests that load demo data more than once or compare two loads. Close it to drop the pool.
 */
final class FreshDatabase implements AutoCloseable {

  private final String name;
  private final String url;
  private final HikariDataSource dataSource;
  private final SqlSessionFactory sessions;

  FreshDatabase(String name) {
    TestDatabase server = TestDatabase.get();
    this.name = name;
    this.url = server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/') + 1) + name;
    try (HikariDataSource admin =
            Database.pool(server.jdbcUrl(), server.user(), server.password());
        Connection connection = admin.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute(
          "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    dataSource = Database.pool(url, server.user(), server.password());
    Migrations.migrate(dataSource);
    sessions = MyBatis.sessionFactory(dataSource);
  }

  String url() {
    return url;
  }

  SqlSessionFactory sessions() {
    return sessions;
  }

  HikariDataSource dataSource() {
    return dataSource;
  }

  /** A SHA-256 over every demo table, row by row in primary-key order, every column. */
  Map<String, String> digests() {
    Map<String, String> digests = new LinkedHashMap<>();
    for (DemoTable table : DemoTable.values()) {
      // The ledger entries of the demo's written authorizations are made by the portal's service
      // (DemoAuthorizations), with ids of its own, like the authorizations themselves.
      String generated =
          table == DemoTable.CONSENT_ENTRY
              ? " WHERE consent NOT IN ('WRITTEN_AUTHORIZATION_GRANT', 'WRITTEN_AUTHORIZATION_REVOKE')"
              : "";
      digests.put(
          table.sqlName(), digest("SELECT * FROM " + table.sqlName() + generated + " ORDER BY id"));
    }
    return digests;
  }

  /**
   * From now on the database refuses a loan inserted as returned: the demo must write its returned
   * loans checked out and return them through the ILS entry point (an UPDATE), or fail.
   */
  FreshDatabase refusingLoansInsertedAsReturned() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TRIGGER loan_inserted_checked_out BEFORE INSERT ON loan FOR EACH ROW"
              + " IF NEW.returned_at IS NOT NULL THEN"
              + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a loan inserted as returned';"
              + " END IF");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  long count(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String digest(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      int columns = rows.getMetaData().getColumnCount();
      long count = 0;
      while (rows.next()) {
        for (int i = 1; i <= columns; i++) {
          String value = rows.getString(i);
          sha.update(
              (value == null ? "\u0000" : value + "\u0001").getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) '\n');
        count++;
      }
      return count + ":" + HexFormat.of().formatHex(sha.digest());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }

  @Override
  public String toString() {
    return "FreshDatabase[" + name + "]";
  }
}
