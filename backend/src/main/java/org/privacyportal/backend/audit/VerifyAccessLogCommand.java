package org.privacyportal.backend.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.util.Map;
import org.privacyportal.backend.BackendConfig;
import org.privacyportal.backend.db.Database;

/**
 * Verifies the access log from the command line, for the director or a scheduled check: {@code java
 * -cp backend/target/portal-backend.jar org.privacyportal.backend.audit.VerifyAccessLogCommand}.
 *
 * <p>Reads the backend's own settings (BackendConfig: PORTAL_DB_URL, PORTAL_DB_USER,
 * PORTAL_DB_PASSWORD, PORTAL_ACCESS_LOG_KEY, with the same defaults and rules), so it checks with
 * exactly the key the backend writes with, including the development key of a demo run. Exit
 * status: 0 intact, 1 broken, 2 bad configuration or the database could not be read (nothing was
 * verified).
 */
public final class VerifyAccessLogCommand {

  static final int INTACT = 0;
  static final int BROKEN = 1;
  static final int CANNOT_VERIFY = 2;

  private VerifyAccessLogCommand() {}

  public static void main(String[] args) {
    System.exit(run(System.getenv(), System.out, System.err));
  }

  /** Runs the verification with these environment variables; returns the exit status. */
  static int run(Map<String, String> env, PrintStream out, PrintStream err) {
    BackendConfig config;
    try {
      config = BackendConfig.from(env);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage()); // names the variable, never a secret's value
      return CANNOT_VERIFY;
    }
    if (config.developmentAccessLogKey()) {
      err.println(
          "PORTAL_ACCESS_LOG_KEY is not set: checking with the development key of demo runs.");
    }
    VerificationResult result;
    try (HikariDataSource dataSource =
        Database.pool(config.dbUrl(), config.dbUser(), config.dbPassword())) {
      result = AccessLogVerifier.verify(dataSource, config.accessLogKey());
    } catch (RuntimeException e) {
      // Connection and schema failures: say what it was (these messages carry no patron data).
      err.println(
          "Could not verify the access log at "
              + config.dbUrl()
              + " as "
              + config.dbUser()
              + ": "
              + rootCause(e));
      return CANNOT_VERIFY;
    }
    if (result.intact()) {
      out.println("Access log intact: " + result.entriesChecked() + " entries checked.");
      return INTACT;
    }
    out.println(
        "Access log BROKEN at entry "
            + result.firstBrokenSeq()
            + ": "
            + result.problem()
            + " ("
            + result.entriesChecked()
            + " entries before it are intact).");
    return BROKEN;
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.toString();
  }
}
