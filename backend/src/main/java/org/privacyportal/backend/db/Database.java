package org.privacyportal.backend.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The connection pool. */
public final class Database {

  static final long CONNECTION_TIMEOUT_MS = 1_500;
  static final long VALIDATION_TIMEOUT_MS = 1_000;

  private Database() {}

  /**
   * A pool on MariaDB. Waits up to 30 s for the first connection, because in docker-compose the
   * database may still be starting when the backend does. Sessions run in UTC so that timestamps
   * mean the same whatever the server's time zone.
   */
  public static HikariDataSource pool(String jdbcUrl, String user, String password) {
    HikariConfig config = config(jdbcUrl, user, password);
    config.setInitializationFailTimeout(30_000);
    return new HikariDataSource(config);
  }

  /**
   * The pool's settings. A request (or the health check) waits at most {@value
   * #CONNECTION_TIMEOUT_MS} ms for a connection, and a pooled connection is checked within {@value
   * #VALIDATION_TIMEOUT_MS} ms: when the database is down the API answers a 503 problem with
   * Retry-After at once (docs/problems.md, "unavailable") rather than a slow 500.
   */
  public static HikariConfig config(String jdbcUrl, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("portal");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(10);
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
    config.setValidationTimeout(VALIDATION_TIMEOUT_MS);
    config.setConnectionInitSql("SET time_zone = '+00:00'");
    return config;
  }

  /** True when a connection can be had and answers within two seconds (health check). */
  public static boolean isUp(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
