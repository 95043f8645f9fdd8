package org.privacyportal.backend;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.time.Clock;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.auth.TokenValidator;
import org.privacyportal.backend.db.Database;
import org.privacyportal.backend.db.Migrations;
import org.privacyportal.backend.db.MyBatis;
import org.privacyportal.backend.demo.DemoDataLoader;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfiles;
import org.privacyportal.backend.sms.OutboxSmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the backend: configuration, schema migration, demo data, HTTP. Stops on SIGTERM. */
public final class BackendMain {

  private static final Logger LOG = LoggerFactory.getLogger(BackendMain.class);

  private BackendMain() {}

  public static void main(String[] args) {
    BackendConfig config;
    LibraryProfile profile;
    AccessLog accessLog;
    try {
      config = BackendConfig.fromEnvironment();
      profile = LibraryProfiles.load(config.libraryProfile());
      accessLog = new HmacAccessLog(config.accessLogKey());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (config.developmentAccessLogKey()) {
      LOG.warn(
          "PORTAL_ACCESS_LOG_KEY is not set: the access log is chained with the fixed development key "
              + "of the demo data, which proves nothing. Set a secret of your own for any real patrons.");
    }
    LOG.info("Library profile: {}", profile.id());
    HikariDataSource dataSource = null;
    try {
      LOG.info(
          "Connecting to {} as {} (waits up to 30 s for the database)",
          config.dbUrl(),
          config.dbUser());
      dataSource = Database.pool(config.dbUrl(), config.dbUser(), config.dbPassword());
      Migrations.migrate(dataSource);
      SqlSessionFactory sessions = MyBatis.sessionFactory(dataSource, BackendApp.mappers());
      Clock clock = Clock.systemUTC();
      if (config.demoData()) {
        // the profile's branches, towns and time zone; the demo's access-log entries through the
        // log
        new DemoDataLoader(sessions, clock, profile, accessLog).load();
      }
      TokenValidator tokens =
          TokenValidator.forRemoteJwks(
              config.oidcJwksUri(), config.oidcIssuer(), config.apiAudience());
      LOG.info("Text messages (SMS) are written to the outbox folder {}", config.smsOutbox());
      Javalin app =
          BackendApp.create(
              new BackendApp.Services(
                  tokens,
                  dataSource,
                  sessions,
                  profile,
                  clock,
                  accessLog,
                  config.accessLogKey(),
                  new OutboxSmsGateway(config.smsOutbox(), clock),
                  config.deskLookupsPerHour(),
                  config.authorizations()));
      HikariDataSource pool = dataSource;
      // SIGTERM (docker stop, the launcher) runs shutdown hooks: finish requests, then close the
      // pool.
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    app.stop();
                    pool.close();
                  },
                  "portal-backend-shutdown"));
      app.start(config.host(), config.port());
      LOG.info(
          "Backend listening on http://{}:{} (issuer {})",
          config.host(),
          config.port(),
          config.oidcIssuer());
    } catch (RuntimeException e) {
      // Start-up failures concern configuration and schema, never patron data: say what it was.
      LOG.error("Backend failed to start: {}", e.toString());
      if (dataSource != null) {
        dataSource.close();
      }
      System.exit(1);
    }
  }
}
