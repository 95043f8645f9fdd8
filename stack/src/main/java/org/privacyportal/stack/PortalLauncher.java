package org.privacyportal.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.privacyportal.stack.keycloak.KeycloakServer;
import org.privacyportal.stack.keycloak.RealmFile;
import org.privacyportal.stack.process.ServiceProcess;

/**
 * The run command ({@code java -jar stack/target/portal-stack.jar}, used by {@code ./portal run}):
 * starts the stack from the environment, prints the portal's address and the demo logins, and runs
 * until Ctrl-C (or until a part stops by itself, which stops the rest).
 */
public final class PortalLauncher {

  private static final String LOGBACK_CONFIG = "org/privacyportal/stack/launcher-logback.xml";

  private PortalLauncher() {}

  public static void main(String[] args) {
    StackConfig config;
    try {
      config = StackConfig.fromEnv(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("portal: " + e.getMessage());
      System.exit(2);
      return;
    }
    configureLogging(config.logDir());
    System.out.println(
        "Patron Privacy Portal: starting (data in "
            + config.dataDir()
            + ", logs in "
            + config.logDir()
            + ")");

    PortalStack stack;
    try {
      stack = PortalStack.start(config);
    } catch (RuntimeException e) {
      if (!shuttingDown()) {
        System.err.println();
        System.err.println(
            "The portal could not start: "
                + (e instanceof StackStartException ? e.getMessage() : e.toString()));
        if (!(e instanceof StackStartException)) {
          e.printStackTrace();
        }
        System.exit(1);
      }
      return;
    }
    printWelcome(System.out, stack);

    List<ServiceProcess> services = stack.services();
    CompletableFuture<?>[] exits =
        services.stream().map(s -> s.onExit().thenApply(p -> s)).toArray(CompletableFuture[]::new);
    ServiceProcess first = (ServiceProcess) CompletableFuture.anyOf(exits).join();
    sleepQuietly(1000); // a Ctrl-C reaches the children too; give the shutdown hook time to show
    if (first.isStopping() || shuttingDown()) {
      return; // Ctrl-C or SIGTERM: the shutdown hook stops the rest
    }
    System.err.println();
    System.err.println(
        first.name()
            + " stopped by itself (exit code "
            + first.exitValue()
            + "); stopping the portal. "
            + "Last lines of "
            + first.logFile()
            + ":");
    System.err.println(first.tail());
    stack.close();
    System.exit(1);
  }

  /** Prints the portal's address, the demo logins and where to find the rest. */
  static void printWelcome(PrintStream out, PortalStack stack) {
    StackConfig config = stack.config();
    String line = "=".repeat(78);
    out.println();
    out.println(line);
    out.println("  Patron Privacy Portal is running:  " + stack.portalUrl());
    out.println();
    if (config.embeddedKeycloak()) {
      out.println("  Demo logins (Keycloak realm \"" + StackConfig.REALM + "\"):");
      out.println(
          String.format(
              Locale.ROOT, "    %-12s %-17s %-10s %s", "username", "password", "role", "name"));
      for (RealmFile.DemoLogin login : RealmFile.demoLogins(RealmFile.loadWithDemoUsers())) {
        out.println(
            String.format(
                Locale.ROOT,
                "    %-12s %-17s %-10s %s",
                login.username(),
                login.password(),
                login.role(),
                login.name()));
      }
      out.println();
      out.println(
          "  Keycloak admin console: "
              + stack.keycloakUrl()
              + "/admin/  (user "
              + KeycloakServer.ADMIN_USERNAME
              + ", password in "
              + config.dataDir().resolve("keycloak-admin-password")
              + ")");
    } else {
      out.println("  Sign-in: " + config.issuer());
    }
    out.println(
        "  Backend API:            "
            + stack.backendUrl()
            + "/api/v1  (health: "
            + stack.backendUrl()
            + "/health)");
    out.println("  Database:               " + stack.jdbcUrl());
    out.println("  Logs:                   " + stack.logDir());
    out.println(
        "  SMS outbox:             " + stack.smsOutbox() + "  (text messages, one file each)");
    out.println();
    out.println("  Press Ctrl-C to stop everything.");
    out.println(line);
    out.flush();
  }

  private static void configureLogging(Path logDir) {
    System.setProperty("portal.logDir", logDir.toString());
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
    }
  }

  /** True once the JVM has begun its shutdown (hooks running). */
  private static boolean shuttingDown() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException e) {
      return true;
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
