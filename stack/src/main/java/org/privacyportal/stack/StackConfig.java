package org.privacyportal.stack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything the stack needs to know: ports, data folder, external database or issuer, the jars to
 * run, and a hook that changes the realm before Keycloak imports it.
 *
 * <p>{@link #fromEnv(Map)} reads the contract's environment variables; {@link #builder()} starts
 * from the defaults (the local run's ports) for code such as the system tests.
 */
public final class StackConfig {

  public static final String REALM = "library";

  private final Path dataDir;
  private final int frontendPort;
  private final String backendHost;
  private final int backendPort;
  private final int keycloakPort;
  private final int keycloakManagementPort;
  private final int dbPort;
  private final String externalDbUrl;
  private final String dbUser;
  private final String dbPassword;
  private final String externalIssuer;
  private final String externalJwksUri;
  private final String oidcClientId;
  private final String oidcClientSecret;
  private final Path backendJar;
  private final Path frontendJar;
  private final Path keycloakDistZip;
  private final UnaryOperator<ObjectNode> realmCustomizer;
  private final Map<String, String> serviceEnv;
  private final Duration keycloakStartTimeout;
  private final Duration serviceStartTimeout;

  private StackConfig(Builder b) {
    dataDir = b.dataDir.toAbsolutePath().normalize();
    frontendPort = b.frontendPort;
    backendHost = b.backendHost;
    backendPort = b.backendPort;
    keycloakPort = b.keycloakPort;
    keycloakManagementPort = b.keycloakManagementPort;
    dbPort = b.dbPort;
    externalDbUrl = blankToNull(b.externalDbUrl);
    dbUser = b.dbUser;
    dbPassword = b.dbPassword;
    externalIssuer = blankToNull(b.externalIssuer);
    externalJwksUri = blankToNull(b.externalJwksUri);
    oidcClientId = b.oidcClientId;
    oidcClientSecret = b.oidcClientSecret;
    backendJar = b.backendJar.toAbsolutePath().normalize();
    frontendJar = b.frontendJar.toAbsolutePath().normalize();
    keycloakDistZip =
        b.keycloakDistZip == null ? null : b.keycloakDistZip.toAbsolutePath().normalize();
    realmCustomizer = b.realmCustomizer;
    serviceEnv = Map.copyOf(b.serviceEnv);
    keycloakStartTimeout = b.keycloakStartTimeout;
    serviceStartTimeout = b.serviceStartTimeout;
  }

  /** The defaults of the local run (ports 8080, 8081, 8180/9180, 3307; data in ./.portal-data). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the contract's variables (PORTAL_DATA_DIR, PORTAL_PORT, PORTAL_BACKEND_HOST,
   * PORTAL_BACKEND_PORT, PORTAL_KEYCLOAK_PORT, PORTAL_KEYCLOAK_MANAGEMENT_PORT, PORTAL_DB_PORT,
   * PORTAL_DB_URL/USER/PASSWORD, PORTAL_OIDC_ISSUER, PORTAL_OIDC_JWKS_URI, PORTAL_OIDC_CLIENT_ID,
   * PORTAL_OIDC_CLIENT_SECRET, PORTAL_BACKEND_JAR, PORTAL_FRONTEND_JAR); every PORTAL_* variable is
   * also passed on to the backend and the frontend (for example PORTAL_DEMO_DATA).
   *
   * @throws IllegalArgumentException naming the variable when a value is not valid
   */
  public static StackConfig fromEnv(Map<String, String> env) {
    return builder().env(env).build();
  }

  // ---- derived values -------------------------------------------------------------------

  /** True when the stack starts its own MariaDB (no PORTAL_DB_URL). */
  public boolean embeddedDb() {
    return externalDbUrl == null;
  }

  /** True when the stack starts its own Keycloak (no PORTAL_OIDC_ISSUER). */
  public boolean embeddedKeycloak() {
    return externalIssuer == null;
  }

  public String jdbcUrl() {
    return embeddedDb() ? "jdbc:mariadb://127.0.0.1:" + dbPort + "/portal" : externalDbUrl;
  }

  /** Keycloak's public base URL (the embedded one is always reached as localhost). */
  public String keycloakUrl() {
    return "http://localhost:" + keycloakPort;
  }

  public String issuer() {
    return embeddedKeycloak() ? keycloakUrl() + "/realms/" + REALM : externalIssuer;
  }

  /** The JWKS URI given to the backend, if one is set or the embedded Keycloak is used. */
  public Optional<String> jwksUri() {
    if (externalJwksUri != null) {
      return Optional.of(externalJwksUri);
    }
    if (embeddedKeycloak()) {
      return Optional.of(
          "http://127.0.0.1:"
              + keycloakPort
              + "/realms/"
              + REALM
              + "/protocol/openid-connect/certs");
    }
    return Optional.empty();
  }

  /** The portal as a browser sees it, with a trailing slash. */
  public String portalUrl() {
    return "http://localhost:" + frontendPort + "/";
  }

  /** The backend's base URL without a trailing slash (what the frontend calls). */
  public String backendUrl() {
    String host =
        backendHost.equals("0.0.0.0") || backendHost.equals("::") ? "127.0.0.1" : backendHost;
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + backendPort;
  }

  public Path logDir() {
    return dataDir.resolve("logs");
  }

  /**
   * Where the backend writes text messages (SMS): PORTAL_SMS_OUTBOX if set, else {@code <data
   * dir>/sms-outbox}.
   */
  public Path smsOutbox() {
    String set = serviceEnv.get("PORTAL_SMS_OUTBOX");
    return set == null || set.isBlank()
        ? dataDir.resolve("sms-outbox")
        : Path.of(set).toAbsolutePath().normalize();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  // ---- plain getters --------------------------------------------------------------------

  public Path dataDir() {
    return dataDir;
  }

  public int frontendPort() {
    return frontendPort;
  }

  public String backendHost() {
    return backendHost;
  }

  public int backendPort() {
    return backendPort;
  }

  public int keycloakPort() {
    return keycloakPort;
  }

  public int keycloakManagementPort() {
    return keycloakManagementPort;
  }

  public int dbPort() {
    return dbPort;
  }

  public Optional<String> externalDbUrl() {
    return Optional.ofNullable(externalDbUrl);
  }

  public String dbUser() {
    return dbUser;
  }

  public String dbPassword() {
    return dbPassword;
  }

  public Optional<String> externalIssuer() {
    return Optional.ofNullable(externalIssuer);
  }

  public Optional<String> externalJwksUri() {
    return Optional.ofNullable(externalJwksUri);
  }

  public String oidcClientId() {
    return oidcClientId;
  }

  public String oidcClientSecret() {
    return oidcClientSecret;
  }

  public Path backendJar() {
    return backendJar;
  }

  public Path frontendJar() {
    return frontendJar;
  }

  /**
   * The Keycloak zip when set explicitly; otherwise the one Maven resolved (see
   * KeycloakDistribution).
   */
  public Optional<Path> keycloakDistZip() {
    return Optional.ofNullable(keycloakDistZip);
  }

  public UnaryOperator<ObjectNode> realmCustomizer() {
    return realmCustomizer;
  }

  /** Extra environment for the backend and frontend (the stack's own settings win over these). */
  public Map<String, String> serviceEnv() {
    return serviceEnv;
  }

  public Duration keycloakStartTimeout() {
    return keycloakStartTimeout;
  }

  public Duration serviceStartTimeout() {
    return serviceStartTimeout;
  }

  @Override
  public String toString() {
    // no secrets: passwords are left out on purpose
    return "StackConfig[dataDir="
        + dataDir
        + ", frontendPort="
        + frontendPort
        + ", backend="
        + backendHost
        + ":"
        + backendPort
        + ", keycloakPort="
        + keycloakPort
        + "/"
        + keycloakManagementPort
        + ", db="
        + (embeddedDb() ? "embedded:" + dbPort : "external")
        + ", issuer="
        + issuer()
        + "]";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** Mutable builder; every setter returns the builder. */
  public static final class Builder {
    private Path dataDir = Path.of(".portal-data");
    private int frontendPort = 8080;
    private String backendHost = "127.0.0.1";
    private int backendPort = 8081;
    private int keycloakPort = 8180;
    private int keycloakManagementPort = 9180;
    private int dbPort = 3307;
    private String externalDbUrl;
    private String dbUser = "portal";
    private String dbPassword = "portal";
    private String externalIssuer;
    private String externalJwksUri;
    private String oidcClientId = "portal-frontend";
    private String oidcClientSecret = "portal-frontend-dev-secret";
    private Path backendJar = Path.of("backend", "target", "portal-backend.jar");
    private Path frontendJar = Path.of("frontend", "target", "portal-frontend.jar");
    private Path keycloakDistZip;
    private UnaryOperator<ObjectNode> realmCustomizer = UnaryOperator.identity();
    private final Map<String, String> serviceEnv = new LinkedHashMap<>();
    // Generous: on a busy 2-core machine Keycloak's first start has taken almost 4 minutes. The
    // wait ends as soon as a service is ready, so a long limit costs nothing when all is well.
    private Duration keycloakStartTimeout = Duration.ofSeconds(360);
    private Duration serviceStartTimeout = Duration.ofSeconds(240);

    private Builder() {}

    private Builder(StackConfig c) {
      dataDir = c.dataDir;
      frontendPort = c.frontendPort;
      backendHost = c.backendHost;
      backendPort = c.backendPort;
      keycloakPort = c.keycloakPort;
      keycloakManagementPort = c.keycloakManagementPort;
      dbPort = c.dbPort;
      externalDbUrl = c.externalDbUrl;
      dbUser = c.dbUser;
      dbPassword = c.dbPassword;
      externalIssuer = c.externalIssuer;
      externalJwksUri = c.externalJwksUri;
      oidcClientId = c.oidcClientId;
      oidcClientSecret = c.oidcClientSecret;
      backendJar = c.backendJar;
      frontendJar = c.frontendJar;
      keycloakDistZip = c.keycloakDistZip;
      realmCustomizer = c.realmCustomizer;
      serviceEnv.putAll(c.serviceEnv);
      keycloakStartTimeout = c.keycloakStartTimeout;
      serviceStartTimeout = c.serviceStartTimeout;
    }

    /** Applies the contract's PORTAL_* variables found in {@code env} (others are ignored). */
    public Builder env(Map<String, String> env) {
      Objects.requireNonNull(env, "env");
      env.forEach(
          (name, value) -> {
            if (name.startsWith("PORTAL_") && value != null) {
              serviceEnv.put(name, value);
            }
          });
      string(env, "PORTAL_DATA_DIR").ifPresent(v -> dataDir = Path.of(v));
      port(env, "PORTAL_PORT").ifPresent(v -> frontendPort = v);
      string(env, "PORTAL_BACKEND_HOST").ifPresent(v -> backendHost = v);
      port(env, "PORTAL_BACKEND_PORT").ifPresent(v -> backendPort = v);
      port(env, "PORTAL_KEYCLOAK_PORT").ifPresent(v -> keycloakPort = v);
      port(env, "PORTAL_KEYCLOAK_MANAGEMENT_PORT").ifPresent(v -> keycloakManagementPort = v);
      port(env, "PORTAL_DB_PORT").ifPresent(v -> dbPort = v);
      string(env, "PORTAL_DB_URL").ifPresent(v -> externalDbUrl = v);
      string(env, "PORTAL_DB_USER").ifPresent(v -> dbUser = v);
      Optional.ofNullable(env.get("PORTAL_DB_PASSWORD")).ifPresent(v -> dbPassword = v);
      string(env, "PORTAL_OIDC_ISSUER").ifPresent(v -> externalIssuer = v);
      string(env, "PORTAL_OIDC_JWKS_URI").ifPresent(v -> externalJwksUri = v);
      string(env, "PORTAL_OIDC_CLIENT_ID").ifPresent(v -> oidcClientId = v);
      string(env, "PORTAL_OIDC_CLIENT_SECRET").ifPresent(v -> oidcClientSecret = v);
      string(env, "PORTAL_BACKEND_JAR").ifPresent(v -> backendJar = Path.of(v));
      string(env, "PORTAL_FRONTEND_JAR").ifPresent(v -> frontendJar = Path.of(v));
      return this;
    }

    public Builder dataDir(Path v) {
      dataDir = Objects.requireNonNull(v);
      return this;
    }

    public Builder frontendPort(int v) {
      frontendPort = checkPort("frontendPort", v);
      return this;
    }

    public Builder backendHost(String v) {
      backendHost = Objects.requireNonNull(v);
      return this;
    }

    public Builder backendPort(int v) {
      backendPort = checkPort("backendPort", v);
      return this;
    }

    public Builder keycloakPort(int v) {
      keycloakPort = checkPort("keycloakPort", v);
      return this;
    }

    public Builder keycloakManagementPort(int v) {
      keycloakManagementPort = checkPort("keycloakManagementPort", v);
      return this;
    }

    public Builder dbPort(int v) {
      dbPort = checkPort("dbPort", v);
      return this;
    }

    /** An external database (no embedded MariaDB is started); {@code null} for the embedded one. */
    public Builder externalDb(String url, String user, String password) {
      externalDbUrl = url;
      dbUser = Objects.requireNonNull(user);
      dbPassword = Objects.requireNonNull(password);
      return this;
    }

    /** An external issuer (no Keycloak is started); {@code null} for the embedded one. */
    public Builder externalIssuer(String issuer, String jwksUri) {
      externalIssuer = issuer;
      externalJwksUri = jwksUri;
      return this;
    }

    public Builder oidcClient(String clientId, String secret) {
      oidcClientId = Objects.requireNonNull(clientId);
      oidcClientSecret = Objects.requireNonNull(secret);
      return this;
    }

    public Builder backendJar(Path v) {
      backendJar = Objects.requireNonNull(v);
      return this;
    }

    public Builder frontendJar(Path v) {
      frontendJar = Objects.requireNonNull(v);
      return this;
    }

    public Builder keycloakDistZip(Path v) {
      keycloakDistZip = v;
      return this;
    }

    /** Replaces the realm customizer (applied to the realm JSON before Keycloak imports it). */
    public Builder realmCustomizer(UnaryOperator<ObjectNode> v) {
      realmCustomizer = Objects.requireNonNull(v);
      return this;
    }

    /** Sets one variable for the backend and the frontend (the stack's own settings win). */
    public Builder serviceEnv(String name, String value) {
      serviceEnv.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
      return this;
    }

    public Builder keycloakStartTimeout(Duration v) {
      keycloakStartTimeout = Objects.requireNonNull(v);
      return this;
    }

    public Builder serviceStartTimeout(Duration v) {
      serviceStartTimeout = Objects.requireNonNull(v);
      return this;
    }

    public StackConfig build() {
      return new StackConfig(this);
    }

    private static Optional<String> string(Map<String, String> env, String name) {
      String v = env.get(name);
      return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    private static Optional<Integer> port(Map<String, String> env, String name) {
      return string(env, name)
          .map(
              v -> {
                try {
                  return checkPort(name, Integer.parseInt(v));
                } catch (NumberFormatException e) {
                  throw new IllegalArgumentException(
                      name + " must be a port number (1-65535), got '" + v + "'");
                }
              });
    }

    private static int checkPort(String name, int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException(name + " must be a port number (1-65535), got " + port);
      }
      return port;
    }
  }
}
