package org.privacyportal.backend.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The connection pool. */
public final class Database {

  private Database() {
  }

  /**
   * A pool on MariaDB. Waits up to 30 s for the first connection, because in docker-compose the
   * database may still be starting when the backend does. Sessions run in UTC so that
   * timestamps mean the same whatever the server's time zone.
   */
  public static HikariDataSource pool(String jdbcUrl, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("portal");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(10);
    config.setInitializationFailTimeout(30_000);
    // A request (or the health check) waits at most 5 s for a connection, then fails visibly.
    config.setConnectionTimeout(5_000);
    config.setConnectionInitSql("SET time_zone = '+00:00'");
    return new HikariDataSource(config);
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
