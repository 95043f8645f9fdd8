package org.privacyportal.backend.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.auth.TokenValidator;
import org.privacyportal.backend.http.ErrorMapping;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.http.ProblemWriter;
import org.privacyportal.backend.http.RouteTable;
import org.privacyportal.backend.support.ContractValidator;
import org.privacyportal.backend.support.JwksServer;
import org.privacyportal.backend.support.TestTokens;

/** GET /api/v1/audit/verify behind the real token check, as BackendApp mounts it. */
class AuditHandlersTest {

  private static final TestTokens TOKENS = new TestTokens();
  private static JwksServer jwks;
  private static Javalin app;

  private final AuditDatabase db = AuditDatabase.get();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    jwks = new JwksServer(TOKENS.publicJwkSet());
    TokenValidator validator =
        TokenValidator.forRemoteJwks(jwks.uri(), TestTokens.ISSUER, TestTokens.AUDIENCE);
    AuditDatabase db = AuditDatabase.get();
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.jsonMapper(new JavalinJackson(Json.mapper(), false));
                  new ErrorMapping(new ProblemWriter(Json.mapper())).register(config);
                  config.routes.beforeMatched(new AuthHandler(validator));
                  RouteTable routes = new RouteTable();
                  AuditHandlers.register(routes, db.sessions(), AuditDatabase.KEY);
                  routes.registerOn(config);
                })
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    jwks.close();
  }

  @BeforeEach
  void threeEntries() {
    db.reset();
    db.append(new HmacAccessLog(AuditDatabase.KEY), 3, "staff-subject");
  }

  @Test
  void directorGetsTheResult() throws Exception {
    HttpResponse<String> response = get(TOKENS.accessToken("director-subject", "director"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body())
        .isEqualTo(
            "{\"intact\":true,\"entriesChecked\":3,\"firstBrokenSeq\":null,\"problem\":null}");
  }

  @Test
  void brokenChainIsReportedWithItsFirstBrokenEntry() throws Exception {
    db.sql("DELETE FROM access_log WHERE seq = 2");

    HttpResponse<String> response = get(TOKENS.accessToken("director-subject", "director"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .startsWith(
            "{\"intact\":false,\"entriesChecked\":1,\"firstBrokenSeq\":2,\"problem\":\"entry 2 is missing");
  }

  @Test
  void staffAndPatronsAreRefused() throws Exception {
    assertThat(get(TOKENS.accessToken("staff-subject", "staff")).statusCode()).isEqualTo(403);
    assertThat(get(TOKENS.accessToken("patron-subject", "patron")).statusCode()).isEqualTo(403);
  }

  @Test
  void noTokenIsUnauthorized() throws Exception {
    assertThat(get(null).statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> get(String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + AuditHandlers.VERIFY_PATH))
            .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    ContractValidator.get().check(response);
    return response;
  }
}
