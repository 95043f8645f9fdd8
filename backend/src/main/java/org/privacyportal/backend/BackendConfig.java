package org.privacyportal.backend;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.privacyportal.backend.audit.AccessLogKey;
import org.privacyportal.backend.authorization.AuthorizationSettings;
import org.privacyportal.backend.authorization.Authorizations;
import org.privacyportal.backend.desk.DeskLookupLimit;
import org.privacyportal.backend.library.LibraryProfiles;
import org.privacyportal.backend.sms.OutboxSmsGateway;

/**
 * The backend's settings, read once from environment variables (names and defaults are the shared
 * contract, also used by docker-compose and the launcher). A bad value stops the start with a
 * message naming the variable, rather than failing later somewhere less obvious.
 */
public record BackendConfig(
    String host,
    int port,
    String dbUrl,
    String dbUser,
    String dbPassword,
    String oidcIssuer,
    URI oidcJwksUri,
    String apiAudience,
    boolean demoData,
    String libraryProfile,
    byte[] accessLogKey,
    boolean developmentAccessLogKey,
    Path smsOutbox,
    int deskLookupsPerHour,
    AuthorizationSettings authorizations) {

  public static final String DEFAULT_ISSUER = "http://localhost:8180/realms/library";

  /**
   * The access log key of demo runs that set none. It is in the source, so it proves nothing:
   * accepted only together with the demo data, and announced with a warning at start.
   */
  static final String DEVELOPMENT_ACCESS_LOG_KEY =
      "development-only-access-log-key-not-for-real-patrons";

  public BackendConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dbUrl, "dbUrl");
    Objects.requireNonNull(dbUser, "dbUser");
    Objects.requireNonNull(dbPassword, "dbPassword");
    Objects.requireNonNull(oidcIssuer, "oidcIssuer");
    Objects.requireNonNull(oidcJwksUri, "oidcJwksUri");
    Objects.requireNonNull(apiAudience, "apiAudience");
    Objects.requireNonNull(libraryProfile, "libraryProfile");
    accessLogKey = Objects.requireNonNull(accessLogKey, "accessLogKey").clone();
    Objects.requireNonNull(smsOutbox, "smsOutbox");
    Objects.requireNonNull(authorizations, "authorizations");
  }

  /** Reads the process environment. */
  public static BackendConfig fromEnvironment() {
    return from(System.getenv());
  }

  /** Reads the given variables (a map, so tests need not touch the real environment). */
  public static BackendConfig from(Map<String, String> env) {
    String host = text(env, "PORTAL_BACKEND_HOST", "127.0.0.1");
    int port = port(env, "PORTAL_BACKEND_PORT", 8081);
    String dbUrl = text(env, "PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:3307/portal");
    if (!dbUrl.startsWith("jdbc:mariadb:")) {
      throw invalid("PORTAL_DB_URL", "must be a MariaDB JDBC URL starting with jdbc:mariadb:");
    }
    String dbUser = text(env, "PORTAL_DB_USER", "portal");
    // The password may legitimately be empty, so it is the one value not checked for blankness.
    String dbPassword = env.getOrDefault("PORTAL_DB_PASSWORD", "portal");
    String issuer = httpUrl(env, "PORTAL_OIDC_ISSUER", DEFAULT_ISSUER).toString();
    URI jwks =
        httpUrl(
            env,
            "PORTAL_OIDC_JWKS_URI",
            stripTrailingSlash(issuer) + "/protocol/openid-connect/certs");
    String audience = text(env, "PORTAL_API_AUDIENCE", "portal-api");
    boolean demoData = bool(env, "PORTAL_DEMO_DATA", true);
    String profile = text(env, "PORTAL_LIBRARY_PROFILE", LibraryProfiles.DEFAULT_ID);
    if (!LibraryProfiles.ids().contains(profile)) {
      throw invalid(
          "PORTAL_LIBRARY_PROFILE",
          "must be one of " + String.join(", ", LibraryProfiles.ids()) + ", got '" + profile + "'");
    }
    String key = env.get("PORTAL_ACCESS_LOG_KEY");
    boolean developmentKey = key == null && demoData;
    if (key == null && !demoData) {
      throw invalid(
          "PORTAL_ACCESS_LOG_KEY",
          "must be set to a secret of at least "
              + AccessLogKey.MIN_LENGTH
              + " characters (only a demo run, PORTAL_DEMO_DATA=true, may go without)");
    }
    // AccessLogKey reads the key exactly as the command-line verifier does; its errors name the
    // variable.
    byte[] keyBytes = AccessLogKey.parse(developmentKey ? DEVELOPMENT_ACCESS_LOG_KEY : key);
    // The default gateway's folder of text messages (a developer reads them there).
    Path smsOutbox =
        Path.of(text(env, "PORTAL_SMS_OUTBOX", OutboxSmsGateway.defaultDirectory().toString()))
            .toAbsolutePath()
            .normalize();
    // How many desk lookups one staff member may attempt in an hour (docs/desk.md).
    int deskLookupsPerHour =
        positive(env, "PORTAL_DESK_LOOKUPS_PER_HOUR", DeskLookupLimit.DEFAULT_PER_HOUR, 10_000);
    // How recent a signer's sign-in must be, in seconds (docs/authorizations.md); and the
    // frontend's
    // address, which the QR code of a printed authorization opens.
    AuthorizationSettings authorizations =
        new AuthorizationSettings(
            Duration.ofSeconds(
                positive(
                    env,
                    "PORTAL_SIGNATURE_MAX_AGE",
                    (int) Authorizations.DEFAULT_SIGNATURE_MAX_AGE.toSeconds(),
                    3600)),
            httpUrl(
                env, "PORTAL_FRONTEND_URL", AuthorizationSettings.DEFAULT_FRONTEND_URL.toString()));
    return new BackendConfig(
        host,
        port,
        dbUrl,
        dbUser,
        dbPassword,
        issuer,
        jwks,
        audience,
        demoData,
        profile,
        keyBytes,
        developmentKey,
        smsOutbox,
        deskLookupsPerHour,
        authorizations);
  }

  /** A copy: the key stays as configured whatever a caller does with the array. */
  @Override
  public byte[] accessLogKey() {
    return accessLogKey.clone();
  }

  /** Never print the password or the access log key, even in a debug dump of the settings. */
  @Override
  public String toString() {
    return "BackendConfig[host="
        + host
        + ", port="
        + port
        + ", dbUrl="
        + dbUrl
        + ", dbUser="
        + dbUser
        + ", oidcIssuer="
        + oidcIssuer
        + ", oidcJwksUri="
        + oidcJwksUri
        + ", apiAudience="
        + apiAudience
        + ", demoData="
        + demoData
        + ", libraryProfile="
        + libraryProfile
        + ", accessLogKey="
        + (developmentAccessLogKey ? "development" : "configured")
        + ", smsOutbox="
        + smsOutbox
        + ", deskLookupsPerHour="
        + deskLookupsPerHour
        + ", authorizations="
        + authorizations
        + "]";
  }

  private static String text(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    if (value == null) {
      return fallback;
    }
    if (value.isBlank()) {
      throw invalid(name, "must not be blank (unset it to use the default '" + fallback + "')");
    }
    return value.strip();
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = text(env, name, Integer.toString(fallback));
    try {
      int port = Integer.parseInt(value);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below with the variable's name
    }
    throw invalid(name, "must be a port number from 1 to 65535, got '" + value + "'");
  }

  private static int positive(Map<String, String> env, String name, int fallback, int max) {
    String value = text(env, name, Integer.toString(fallback));
    try {
      int number = Integer.parseInt(value);
      if (number >= 1 && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below with the variable's name
    }
    throw invalid(name, "must be a whole number from 1 to " + max + ", got '" + value + "'");
  }

  private static boolean bool(Map<String, String> env, String name, boolean fallback) {
    String value = text(env, name, Boolean.toString(fallback)).toLowerCase(Locale.ROOT);
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid(name, "must be true or false, got '" + value + "'");
    };
  }

  private static URI httpUrl(Map<String, String> env, String name, String fallback) {
    String value = text(env, name, fallback);
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (uri.isAbsolute()
          && uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below with the variable's name
    }
    throw invalid(name, "must be an absolute http(s) URL, got '" + value + "'");
  }

  private static String stripTrailingSlash(String value) {
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  private static IllegalArgumentException invalid(String name, String problem) {
    return new IllegalArgumentException("Configuration error: " + name + " " + problem);
  }
}
