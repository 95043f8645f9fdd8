package org.privacyportal.backend.support;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.auth.ApiRole;
import org.privacyportal.backend.auth.TokenValidator;
import org.privacyportal.backend.db.Database;
import org.privacyportal.backend.db.Migrations;
import org.privacyportal.backend.db.MyBatis;
import org.privacyportal.backend.demo.DemoDataLoader;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfiles;
import org.privacyportal.backend.sms.OutboxSmsGateway;

/**
 * The backend as BackendMain wires it (migrations, demo data, routes), on the embedded MariaDB,
 * with tokens checked against a JWKS served over HTTP. The database, the pool, the signing key and
 * the demo data are set up once per test run; {@link #forProfile} gives one running backend per
 * library profile, all on that same database, and {@link #start} one of a test's own (a fixed
 * clock, a failing access log), which the test closes.
 */
public final class TestBackend implements AutoCloseable {

  /** A route that fails on purpose, with personal data in its message that must not leak. */
  public static final String BOOM_PATH = "/api/v1/test/boom";

  public static final String BOOM_MESSAGE = "boom for Alice Nguyen card 23301004127785";

  /**
   * The access log key of the test backends (the audit tests keep a database and key of their own).
   */
  public static final byte[] ACCESS_LOG_KEY =
      "test-only access log key, at least 32 characters".getBytes(StandardCharsets.UTF_8);

  private static Shared shared;
  private static final Map<String, TestBackend> BY_PROFILE = new HashMap<>();

  /** What every backend of the run shares. */
  private record Shared(
      TestTokens tokens,
      JwksServer jwks,
      HikariDataSource dataSource,
      SqlSessionFactory sessions,
      TokenValidator validator) {}

  private final Shared common;
  private final LibraryProfile profile;
  private final Javalin app;
  private final Path smsOutbox;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestBackend(Shared common, LibraryProfile profile, Clock clock, AccessLog accessLog) {
    this(common, profile, clock, accessLog, common.dataSource(), common.sessions());
  }

  private TestBackend(
      Shared common,
      LibraryProfile profile,
      Clock clock,
      AccessLog accessLog,
      javax.sql.DataSource dataSource,
      SqlSessionFactory sessions) {
    this.common = common;
    this.profile = profile;
    try {
      smsOutbox = Files.createTempDirectory("portal-sms-outbox-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    app =
        BackendApp.create(
            new BackendApp.Services(
                common.validator(),
                dataSource,
                sessions,
                profile,
                clock,
                accessLog,
                ACCESS_LOG_KEY,
                new OutboxSmsGateway(smsOutbox, clock)),
            config ->
                config.routes.get(
                    BOOM_PATH,
                    ctx -> {
                      throw new IllegalStateException(BOOM_MESSAGE);
                    },
                    ApiRole.OPEN));
    app.start("127.0.0.1", 0);
  }

  /** The backend with the default profile (Calcasieu), the system clock and the HMAC access log. */
  public static TestBackend get() {
    return forProfile(LibraryProfiles.DEFAULT_ID);
  }

  /** The backend of this library profile, started on first use and kept for the whole run. */
  public static synchronized TestBackend forProfile(String profileId) {
    TestBackend backend = BY_PROFILE.get(profileId);
    if (backend == null) {
      backend =
          new TestBackend(
              shared(),
              LibraryProfiles.load(profileId),
              Clock.systemUTC(),
              new HmacAccessLog(ACCESS_LOG_KEY));
      BY_PROFILE.put(profileId, backend);
      TestBackend started = backend;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(started.app::stop, "test-backend-stop-" + profileId));
    }
    return backend;
  }

  /** A backend of the test's own, on the shared database; close it when done. */
  public static TestBackend start(String profileId, Clock clock, AccessLog accessLog) {
    Shared common;
    synchronized (TestBackend.class) {
      common = shared();
    }
    return new TestBackend(common, LibraryProfiles.load(profileId), clock, accessLog);
  }

  /**
   * A backend of the test's own on another data source (e.g. a pool whose database is down), with
   * the default profile and the run's tokens; close it when done.
   */
  public static TestBackend startOn(javax.sql.DataSource dataSource) {
    Shared common;
    synchronized (TestBackend.class) {
      common = shared();
    }
    return new TestBackend(
        common,
        LibraryProfiles.load(LibraryProfiles.DEFAULT_ID),
        Clock.systemUTC(),
        new HmacAccessLog(ACCESS_LOG_KEY),
        dataSource,
        MyBatis.sessionFactory(dataSource, BackendApp.mappers()));
  }

  private static Shared shared() {
    if (shared == null) {
      TestTokens tokens = new TestTokens();
      JwksServer jwks = new JwksServer(tokens.publicJwkSet());
      TestDatabase db = TestDatabase.get();
      HikariDataSource dataSource = Database.pool(db.jdbcUrl(), db.user(), db.password());
      Migrations.migrate(dataSource);
      SqlSessionFactory sessions = MyBatis.sessionFactory(dataSource, BackendApp.mappers());
      new DemoDataLoader(sessions, Clock.systemUTC()).load();
      TokenValidator validator =
          TokenValidator.forRemoteJwks(jwks.uri(), TestTokens.ISSUER, TestTokens.AUDIENCE);
      shared = new Shared(tokens, jwks, dataSource, sessions, validator);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    dataSource.close();
                    jwks.close();
                  },
                  "test-backend-shared-stop"));
    }
    return shared;
  }

  /**
   * The HTTP routes registered in the running Javalin app, as "GET /api/v1/me" with their route
   * roles (Javalin's own list, so a route added outside the route table shows too); the test's own
   * failing route left out.
   */
  public java.util.Map<String, java.util.Set<String>> registeredRoutes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod() && !endpoint.path.equals(BOOM_PATH))
        .collect(
            java.util.stream.Collectors.toMap(
                endpoint -> endpoint.method.name() + " " + endpoint.path,
                endpoint -> {
                  io.javalin.security.Roles roles =
                      endpoint.metadata(io.javalin.security.Roles.class);
                  return roles == null
                      ? java.util.Set.<String>of()
                      : roles.getRoles().stream()
                          .map(String::valueOf)
                          .collect(java.util.stream.Collectors.toSet());
                }));
  }

  @Override
  public void close() {
    app.stop();
  }

  public LibraryProfile profile() {
    return profile;
  }

  /** The folder this backend's text messages are written to (its own, fresh). */
  public Path smsOutbox() {
    return smsOutbox;
  }

  public TestTokens tokens() {
    return common.tokens();
  }

  public HikariDataSource dataSource() {
    return common.dataSource();
  }

  public SqlSessionFactory sessions() {
    return common.sessions();
  }

  /** A token for the patron's portal login with no realm role: any signed-in account. */
  public String token(TestData.Patron patron) {
    return tokens().accessToken(patron.subject());
  }

  /**
   * A token for the patron's portal login as Keycloak issues it to patrons (realm role "patron").
   */
  public String patronToken(TestData.Patron patron) {
    return tokens().accessToken(patron.subject(), "patron");
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public HttpResponse<String> get(String path, String bearerToken) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + bearerToken)
            .GET()
            .build());
  }

  /** POSTs a JSON body, with a token unless {@code bearerToken} is null. */
  public HttpResponse<String> post(String path, String bearerToken, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return send(request.build());
  }

  /** PUTs a JSON body with a token. */
  public HttpResponse<String> put(String path, String bearerToken, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + bearerToken)
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** DELETEs with a token. */
  public HttpResponse<String> delete(String path, String bearerToken) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + bearerToken)
            .DELETE()
            .build());
  }

  /**
   * Sends the request; every answer is checked against the API contract ({@link
   * ContractValidator}).
   */
  public HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      ContractValidator.get().check(response);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
