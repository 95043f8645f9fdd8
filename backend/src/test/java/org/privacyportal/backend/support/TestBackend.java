package org.privacyportal.backend.support;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.auth.ApiRole;
import org.privacyportal.backend.auth.TokenValidator;
import org.privacyportal.backend.db.Database;
import org.privacyportal.backend.db.Migrations;
import org.privacyportal.backend.db.MyBatis;
import org.privacyportal.backend.demo.DemoDataLoader;
import org.privacyportal.backend.patron.PatronMapper;

/**
 * The backend as BackendMain wires it (migrations, demo data, routes), on the embedded MariaDB,
 * with tokens checked against a JWKS served over HTTP. Started once per test run.
 */
public final class TestBackend {

  /** A route that fails on purpose, with personal data in its message that must not leak. */
  public static final String BOOM_PATH = "/api/v1/test/boom";
  public static final String BOOM_MESSAGE = "boom for Alice Nguyen card 23301004127785";

  private static TestBackend instance;

  private final TestTokens tokens = new TestTokens();
  private final JwksServer jwks = new JwksServer(tokens.publicJwkSet());
  private final HikariDataSource dataSource;
  private final SqlSessionFactory sessions;
  private final Javalin app;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestBackend() {
    TestDatabase db = TestDatabase.get();
    dataSource = Database.pool(db.jdbcUrl(), db.user(), db.password());
    Migrations.migrate(dataSource);
    sessions = MyBatis.sessionFactory(dataSource, PatronMapper.class);
    new DemoDataLoader(sessions, Clock.systemUTC()).load();
    TokenValidator validator = TokenValidator.forRemoteJwks(jwks.uri(), TestTokens.ISSUER, TestTokens.AUDIENCE);
    app = BackendApp.create(new BackendApp.Services(validator, dataSource, sessions),
        config -> config.routes.get(BOOM_PATH, ctx -> {
          throw new IllegalStateException(BOOM_MESSAGE);
        }, ApiRole.OPEN));
    app.start("127.0.0.1", 0);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      dataSource.close();
      jwks.close();
    }, "test-backend-stop"));
  }

  public static synchronized TestBackend get() {
    if (instance == null) {
      instance = new TestBackend();
    }
    return instance;
  }

  public TestTokens tokens() {
    return tokens;
  }

  public HikariDataSource dataSource() {
    return dataSource;
  }

  public SqlSessionFactory sessions() {
    return sessions;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public HttpResponse<String> get(String path, String bearerToken) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearerToken).GET().build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
