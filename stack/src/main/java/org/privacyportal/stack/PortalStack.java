package org.privacyportal.stack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;
import org.privacyportal.stack.db.EmbeddedMariaDb;
import org.privacyportal.stack.keycloak.KeycloakDistribution;
import org.privacyportal.stack.keycloak.KeycloakServer;
import org.privacyportal.stack.keycloak.RealmCustomizers;
import org.privacyportal.stack.process.Ports;
import org.privacyportal.stack.process.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole portal on this machine: embedded MariaDB (unless an external database is configured),
 * Keycloak (unless an external issuer is configured), the backend jar and the frontend jar, started
 * in that order, each ready before the next starts. {@link #close()} stops them in reverse order; a
 * JVM shutdown hook does the same on Ctrl-C / SIGTERM, so no process is left behind.
 *
 * <pre>{@code
 * StackConfig config = StackConfig.builder()
 *         .dataDir(Path.of("target/portal-data"))
 *         .frontendPort(28080).backendPort(28081).keycloakPort(28180).keycloakManagementPort(28190).dbPort(23307)
 *         .realmCustomizer(RealmCustomizers.directAccessTestClient("portal-test", "test-secret"))
 *         .build();
 * try (PortalStack stack = PortalStack.start(config)) {
 *     stack.portalUrl(); stack.backendUrl(); stack.issuer(); stack.keycloakAdminPassword();
 * }
 * }</pre>
 */
public final class PortalStack implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PortalStack.class);

  private final StackConfig config;
  // parts started so far, last on top; guarded by this
  private final Deque<Stoppable> running = new ArrayDeque<>();
  private final Thread shutdownHook;
  private volatile EmbeddedMariaDb mariaDb;
  private volatile KeycloakServer keycloak;
  private volatile ServiceProcess backend;
  private volatile ServiceProcess frontend;
  private boolean closed;

  private PortalStack(StackConfig config) {
    this.config = config;
    this.shutdownHook = new Thread(this::stopAll, "portal-stack-shutdown");
  }

  /**
   * Starts every part and returns once all are ready.
   *
   * @throws StackStartException naming the part that failed (everything already started is stopped)
   */
  public static PortalStack start(StackConfig config) {
    PortalStack stack = new PortalStack(config);
    Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
    try {
      stack.startAll();
      return stack;
    } catch (RuntimeException | Error e) {
      stack.close();
      throw e;
    }
  }

  private void startAll() {
    checkJars();
    checkPorts();
    createDirectories();

    if (config.embeddedDb()) {
      long t0 = System.nanoTime();
      LOG.info("Starting MariaDB on 127.0.0.1:{} ...", config.dbPort());
      mariaDb =
          new EmbeddedMariaDb(
              config.dataDir().resolve("mariadb"),
              config.dbPort(),
              "portal",
              config.dbUser(),
              config.dbPassword());
      register("MariaDB", mariaDb::stop);
      mariaDb.start();
      LOG.info("MariaDB ready in {}", seconds(t0));
    } else {
      LOG.info("Using the external database {}", config.jdbcUrl());
    }

    if (config.embeddedKeycloak()) {
      long t0 = System.nanoTime();
      LOG.info(
          "Starting Keycloak on {} (first start unpacks and builds it, about a minute) ...",
          config.keycloakUrl());
      Path zip = config.keycloakDistZip().orElseGet(KeycloakDistribution::defaultZip);
      keycloak =
          new KeycloakServer(
              config.dataDir(),
              zip,
              config.keycloakPort(),
              config.keycloakManagementPort(),
              realmCustomizer(config),
              config.keycloakStartTimeout());
      register("Keycloak", keycloak::stop);
      keycloak.start();
      LOG.info("Keycloak ready in {}", seconds(t0));
    } else {
      LOG.info("Using the external issuer {}", config.issuer());
    }

    long t0 = System.nanoTime();
    LOG.info("Starting the backend on {} ...", config.backendUrl());
    backend = startJava("backend", config.backendJar(), backendEnv(config));
    backend.awaitReady(
        URI.create(config.backendUrl() + "/health"),
        status -> status == 200,
        config.serviceStartTimeout());
    LOG.info("Backend ready in {}", seconds(t0));

    t0 = System.nanoTime();
    LOG.info("Starting the frontend on {} ...", config.portalUrl());
    frontend = startJava("frontend", config.frontendJar(), frontendEnv(config));
    IntPredicate answering = status -> status >= 200 && status < 400;
    frontend.awaitReady(URI.create(config.portalUrl()), answering, config.serviceStartTimeout());
    LOG.info("Frontend ready in {}", seconds(t0));
  }

  /**
   * Remembers how to stop a part that is starting. When the stack is already closed (Ctrl-C during
   * start-up) the part is stopped at once and start-up ends.
   */
  private void register(String name, Runnable stop) {
    synchronized (this) {
      if (!closed) {
        running.push(new Stoppable(name, stop));
        return;
      }
    }
    stop.run();
    throw new StackStartException("Start-up interrupted: the stack is shutting down");
  }

  private ServiceProcess startJava(String name, Path jar, Map<String, String> serviceEnv) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet().removeIf(k -> k.startsWith("PORTAL_"));
    env.putAll(serviceEnv);
    List<String> command = List.of(ServiceProcess.currentJava().toString(), "-jar", jar.toString());
    ServiceProcess process =
        ServiceProcess.start(
            name, command, env, jar.getParent(), config.logDir().resolve(name + ".log"));
    register(name, () -> process.stop(ServiceProcess.DEFAULT_STOP_GRACE));
    return process;
  }

  /**
   * The changes to the shipped realm before the stack's own Keycloak imports it: the demo users
   * (only this stack's Keycloak has them, never the realm docker-compose imports), the portal's
   * address and client secret, then the caller's own changes (the tests' clients).
   */
  static UnaryOperator<ObjectNode> realmCustomizer(StackConfig config) {
    return RealmCustomizers.chain(
        RealmCustomizers.demoUsers(),
        RealmCustomizers.portalOrigin("http://localhost:" + config.frontendPort()),
        RealmCustomizers.frontendClientSecret(config.oidcClientSecret()),
        config.realmCustomizer());
  }

  /** The backend's environment: the contract's variables, from this stack's settings. */
  static Map<String, String> backendEnv(StackConfig config) {
    Map<String, String> env = new HashMap<>(config.serviceEnv());
    env.put("PORTAL_BACKEND_HOST", config.backendHost());
    env.put("PORTAL_BACKEND_PORT", Integer.toString(config.backendPort()));
    env.put("PORTAL_DB_URL", config.jdbcUrl());
    env.put("PORTAL_DB_USER", config.dbUser());
    env.put("PORTAL_DB_PASSWORD", config.dbPassword());
    env.put("PORTAL_OIDC_ISSUER", config.issuer());
    config
        .jwksUri()
        .ifPresentOrElse(
            uri -> env.put("PORTAL_OIDC_JWKS_URI", uri), () -> env.remove("PORTAL_OIDC_JWKS_URI"));
    env.putIfAbsent("PORTAL_API_AUDIENCE", "portal-api");
    env.putIfAbsent("PORTAL_DEMO_DATA", "true");
    env.put("PORTAL_SMS_OUTBOX", config.smsOutbox().toString());
    // the portal's address, for the QR code of a printed written authorization
    env.putIfAbsent("PORTAL_FRONTEND_URL", "http://localhost:" + config.frontendPort());
    return env;
  }

  /** The frontend's environment: the contract's variables, from this stack's settings. */
  static Map<String, String> frontendEnv(StackConfig config) {
    Map<String, String> env = new HashMap<>(config.serviceEnv());
    env.put("PORTAL_PORT", Integer.toString(config.frontendPort()));
    env.put("PORTAL_BACKEND_URL", config.backendUrl());
    env.put("PORTAL_OIDC_ISSUER", config.issuer());
    env.put("PORTAL_OIDC_CLIENT_ID", config.oidcClientId());
    env.put("PORTAL_OIDC_CLIENT_SECRET", config.oidcClientSecret());
    return env;
  }

  private void checkJars() {
    for (Path jar : List.of(config.backendJar(), config.frontendJar())) {
      if (!Files.isRegularFile(jar)) {
        throw new StackStartException(
            jar
                + " does not exist. Build it first "
                + "(mvn -DskipTests package -pl stack,backend,frontend -am), or set PORTAL_BACKEND_JAR / PORTAL_FRONTEND_JAR.");
      }
    }
  }

  private void checkPorts() {
    if (config.embeddedDb()) {
      Ports.requireFree(config.dbPort(), "MariaDB (PORTAL_DB_PORT)");
    }
    if (config.embeddedKeycloak()) {
      Ports.requireFree(config.keycloakPort(), "Keycloak (PORTAL_KEYCLOAK_PORT)");
      Ports.requireFree(
          config.keycloakManagementPort(), "Keycloak management (PORTAL_KEYCLOAK_MANAGEMENT_PORT)");
    }
    Ports.requireFree(config.backendPort(), "the backend (PORTAL_BACKEND_PORT)");
    Ports.requireFree(config.frontendPort(), "the frontend (PORTAL_PORT)");
  }

  private void createDirectories() {
    try {
      Files.createDirectories(config.logDir());
    } catch (java.io.IOException e) {
      throw new StackStartException("Cannot create " + config.logDir() + ": " + e.getMessage(), e);
    }
  }

  // ---- what callers use -----------------------------------------------------------------

  public StackConfig config() {
    return config;
  }

  /** {@code http://localhost:<PORTAL_PORT>/} */
  public String portalUrl() {
    return config.portalUrl();
  }

  /** {@code http://127.0.0.1:<PORTAL_BACKEND_PORT>} (no trailing slash) */
  public String backendUrl() {
    return config.backendUrl();
  }

  /** {@code http://localhost:<PORTAL_KEYCLOAK_PORT>} for the embedded Keycloak. */
  public String keycloakUrl() {
    return config.keycloakUrl();
  }

  /** The issuer the backend and frontend use, e.g. {@code http://localhost:8180/realms/library}. */
  public String issuer() {
    return config.issuer();
  }

  public String jdbcUrl() {
    return config.jdbcUrl();
  }

  public String dbUser() {
    return config.dbUser();
  }

  public String dbPassword() {
    return config.dbPassword();
  }

  /**
   * The embedded Keycloak's bootstrap admin password (user {@code admin}, realm {@code master}).
   */
  public Optional<String> keycloakAdminPassword() {
    return keycloak == null ? Optional.empty() : Optional.of(keycloak.adminPassword());
  }

  public Optional<EmbeddedMariaDb> mariaDb() {
    return Optional.ofNullable(mariaDb);
  }

  public Optional<KeycloakServer> keycloak() {
    return Optional.ofNullable(keycloak);
  }

  public ServiceProcess backend() {
    return backend;
  }

  public ServiceProcess frontend() {
    return frontend;
  }

  /**
   * The child processes whose unexpected exit means the portal is down (Keycloak, backend,
   * frontend).
   */
  public List<ServiceProcess> services() {
    java.util.ArrayList<ServiceProcess> list = new java.util.ArrayList<>();
    if (keycloak != null && keycloak.process() != null) {
      list.add(keycloak.process());
    }
    if (backend != null) {
      list.add(backend);
    }
    if (frontend != null) {
      list.add(frontend);
    }
    return list;
  }

  public Path logDir() {
    return config.logDir();
  }

  /** The folder of the text messages the backend "sent" (one JSON file each). */
  public Path smsOutbox() {
    return config.smsOutbox();
  }

  /** Stops everything in reverse order of start; safe to call more than once. */
  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // called from within the JVM's shutdown: the hook is running or has run
    }
  }

  private void stopAll() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    // no lock while stopping: a start-up in progress must not block Ctrl-C
    while (true) {
      Stoppable part;
      synchronized (this) {
        part = running.poll();
      }
      if (part == null) {
        break;
      }
      long t0 = System.nanoTime();
      try {
        part.action().run();
        LOG.info("Stopped {} ({})", part.name(), seconds(t0));
      } catch (RuntimeException e) {
        LOG.warn("Stopping {} failed: {}", part.name(), e.toString());
      }
    }
  }

  private static String seconds(long startNanos) {
    return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }

  private record Stoppable(String name, Runnable action) {}
}
