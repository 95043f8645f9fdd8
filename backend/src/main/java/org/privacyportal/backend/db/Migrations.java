package org.privacyportal.backend.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date from src/main/resources/db/migration before the API starts. */
public final class Migrations {

  private Migrations() {}

  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        // A migration edited after it ran is a mistake to stop on, not to paper over.
        .validateOnMigrate(true)
        .cleanDisabled(true)
        .load()
        .migrate();
  }
}
