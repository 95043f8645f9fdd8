package org.privacyportal.stack.keycloak;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.privacyportal.stack.StackStartException;
import org.privacyportal.stack.process.Ports;
import org.privacyportal.stack.process.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Keycloak server from its distribution zip, in development mode (H2 file database kept
 * under its home), bound to 127.0.0.1 with the public host name {@code http://localhost:<port>} so
 * the issuer is always {@code http://localhost:<port>/realms/library}.
 *
 * <p>Its home is {@code <dataDir>/keycloak/keycloak-<version>}; the realm is written to {@code
 * data/import/library-realm.json} and imported at start-up unless the realm already exists (so a
 * run keeps its data; a fresh data folder gets the realm as customized). The bootstrap admin is
 * {@code admin} with a random password kept in {@code <dataDir>/keycloak-admin-password}.
 */
public final class KeycloakServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(KeycloakServer.class);
  public static final String ADMIN_USERNAME = "admin";

  private final Path dataDir;
  private final Path distZip;
  private final int port;
  private final int managementPort;
  private final UnaryOperator<ObjectNode> realmCustomizer;
  private final Duration startTimeout;
  private volatile ServiceProcess process;
  private volatile Path home;
  private volatile boolean stopped;

  public KeycloakServer(
      Path dataDir,
      Path distZip,
      int port,
      int managementPort,
      UnaryOperator<ObjectNode> realmCustomizer,
      Duration startTimeout) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.distZip = Objects.requireNonNull(distZip);
    this.port = port;
    this.managementPort = managementPort;
    this.realmCustomizer = Objects.requireNonNull(realmCustomizer);
    this.startTimeout = Objects.requireNonNull(startTimeout);
  }

  /**
   * Unpacks (first time only), writes the realm, starts Keycloak and waits until the realm answers.
   */
  public void start() {
    if (process != null || stopped) {
      throw new IllegalStateException("Keycloak was already started");
    }
    Ports.requireFree(port, "Keycloak (PORTAL_KEYCLOAK_PORT)");
    Ports.requireFree(managementPort, "Keycloak management (PORTAL_KEYCLOAK_MANAGEMENT_PORT)");
    home = KeycloakDistribution.unpackOnce(distZip, dataDir.resolve("keycloak"));
    RealmFile.writeForImport(home.resolve("data").resolve("import"), realmCustomizer);
    Path log = dataDir.resolve("logs").resolve("keycloak.log");

    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet()
        .removeIf(
            k ->
                k.startsWith("KC_")
                    || k.startsWith("KEYCLOAK_")
                    || k.startsWith("JAVA_OPTS")
                    || k.equals("JAVA_ADD_OPENS")
                    || k.startsWith("QUARKUS_"));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword());
    env.put("KC_LOG_CONSOLE_COLOR", "false");
    env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
    // on Java 24+ jboss-threads needs this, or it logs an IllegalAccessError when stopping
    env.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");

    List<String> command =
        List.of(
            home.resolve("bin").resolve("kc.sh").toString(),
            "start-dev",
            "--http-host",
            "127.0.0.1",
            "--http-port",
            Integer.toString(port),
            "--http-management-port",
            Integer.toString(managementPort),
            "--hostname",
            "http://localhost:" + port,
            "--import-realm");
    LOG.debug("Starting Keycloak: {}", command);
    ServiceProcess started = ServiceProcess.start("Keycloak", command, env, home, log);
    process = started;
    if (stopped) { // stop() ran while we were launching
      started.stop(ServiceProcess.DEFAULT_STOP_GRACE);
      throw new StackStartException("Keycloak was stopped during start-up");
    }
    try {
      started.awaitReady(
          URI.create(localUrl() + "/realms/library/.well-known/openid-configuration"),
          status -> status == 200,
          startTimeout);
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** Stops Keycloak (and the java process kc.sh started); also interrupts a start in progress. */
  public void stop() {
    stopped = true;
    ServiceProcess running = process;
    if (running != null) {
      running.stop(ServiceProcess.DEFAULT_STOP_GRACE);
    }
  }

  /** The public base URL, {@code http://localhost:<port>}. */
  public String url() {
    return "http://localhost:" + port;
  }

  /** The same server addressed by IP (it listens on 127.0.0.1 only). */
  public String localUrl() {
    return "http://127.0.0.1:" + port;
  }

  public String issuer(String realm) {
    return url() + "/realms/" + realm;
  }

  public Path home() {
    return home;
  }

  public ServiceProcess process() {
    return process;
  }

  /** The bootstrap admin's password (master realm, user {@value #ADMIN_USERNAME}). */
  public String adminPassword() {
    return adminPassword(dataDir);
  }

  /** The admin password of the stack using {@code dataDir}, created on first use. */
  public static synchronized String adminPassword(Path dataDir) {
    Path file = dataDir.resolve("keycloak-admin-password");
    try {
      if (Files.isRegularFile(file)) {
        String existing = Files.readString(file).trim();
        if (!existing.isEmpty()) {
          return existing;
        }
      }
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      String password = HexFormat.of().formatHex(random);
      Files.createDirectories(dataDir);
      Files.writeString(file, password + System.lineSeparator());
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system
      }
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
