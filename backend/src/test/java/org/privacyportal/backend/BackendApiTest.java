package org.privacyportal.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.demo.DemoPatrons;
import org.privacyportal.backend.http.ProblemType;
import org.privacyportal.backend.support.TestBackend;

/** The API over real HTTP, on the embedded MariaDB with the demo data loaded. */
class BackendApiTest {

  private static final String STAFF_SUBJECT = "2f6d8b40-9c1e-4a57-8d3b-e5f7a2c9b104";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestBackend backend = TestBackend.get();

  @Test
  void healthIsUpWithoutAToken() throws Exception {
    HttpResponse<String> response = backend.get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()))
        .isEqualTo(JSON.valueToTree(Map.of("status", "UP", "database", "UP")));
  }

  @Test
  void meWithoutATokenIsUnauthorized() throws Exception {
    HttpResponse<String> response = backend.get("/api/v1/me");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertProblem(response, 401, ProblemType.AUTHENTICATION_REQUIRED);
  }

  @Test
  void meWithARefusedTokenIsUnauthorized() throws Exception {
    String expired =
        backend
            .tokens()
            .sign(
                backend
                    .tokens()
                    .accessClaims(DemoPatrons.ALICE_SUBJECT, "patron")
                    .expirationTime(new java.util.Date(System.currentTimeMillis() - 60_000))
                    .build());

    HttpResponse<String> response = backend.get("/api/v1/me", expired);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(
            value -> assertThat(value).startsWith("Bearer").contains("invalid_token"));
    assertProblem(response, 401, ProblemType.INVALID_TOKEN);
  }

  @Test
  void meReturnsTheSignedInPatronsProfile() throws Exception {
    HttpResponse<String> response =
        backend.get(
            "/api/v1/me", backend.tokens().accessToken(DemoPatrons.ALICE_SUBJECT, "patron"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/json"));
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonNode me = JSON.readTree(response.body());
    assertThat(UUID.fromString(me.get("id").asText())).isNotNull();
    assertThat(me.get("firstName").asText()).isEqualTo("Alice");
    assertThat(me.get("lastName").asText()).isEqualTo("Nguyen");
    assertThat(me.get("cardNumber").asText()).matches("\\d{14}");
    assertThat(me.get("email").asText()).isEqualTo("patron@demo.library.test");
    assertThat(me.get("phone").asText()).matches("\\+1\\d{10}");
    assertThat(me.get("address").get("line1").asText()).isNotBlank();
    assertThat(me.get("address").get("city").asText()).isEqualTo("Lake Charles");
    assertThat(me.get("address").get("region").asText()).isEqualTo("LA");
    assertThat(me.get("address").get("postalCode").asText()).matches("\\d{5}");
    assertThat(me.get("accountType").asText()).isEqualTo("ADULT");
    assertThat(me.get("birthDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(LocalDate.parse(me.get("expiresOn").asText())).isAfter(LocalDate.now());
    assertThat(me.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "id",
            "firstName",
            "lastName",
            "cardNumber",
            "birthDate",
            "email",
            "phone",
            "address",
            "accountType",
            "expiresOn");
  }

  @Test
  void aMinorSeesAJuvenileAccountAndTheRightAge() throws Exception {
    HttpResponse<String> response =
        backend.get("/api/v1/me", backend.tokens().accessToken(DemoPatrons.MILO_SUBJECT, "patron"));

    JsonNode me = JSON.readTree(response.body());
    assertThat(me.get("accountType").asText()).isEqualTo("JUVENILE");
    assertThat(
            Period.between(LocalDate.parse(me.get("birthDate").asText()), LocalDate.now())
                .getYears())
        .isEqualTo(15);
  }

  @Test
  void anAccountWithoutPatronRecordGetsTheSameNotFoundAsAnUnknownRoute() throws Exception {
    HttpResponse<String> me =
        backend.get("/api/v1/me", backend.tokens().accessToken(STAFF_SUBJECT, "staff"));
    HttpResponse<String> unknown = backend.get("/api/v1/nothing-here");

    assertThat(me.statusCode()).isEqualTo(404);
    assertProblem(me, 404, ProblemType.NOT_FOUND);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertProblem(unknown, 404, ProblemType.NOT_FOUND);
    assertThat(me.body()).isEqualTo(unknown.body());
  }

  @Test
  void anImpersonationTokenIsNeverSelf() throws Exception {
    String token =
        backend
            .tokens()
            .sign(
                backend
                    .tokens()
                    .accessClaims(DemoPatrons.ALICE_SUBJECT, "patron")
                    .claim("impersonator", Map.of("id", STAFF_SUBJECT, "username", "staff"))
                    .build());

    HttpResponse<String> response = backend.get("/api/v1/me", token);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("Alice");
  }

  @Test
  void aWrongMethodIsAProblem() throws Exception {
    HttpResponse<String> response =
        backend.send(HttpRequest.newBuilder(backend.uri("/api/v1/me")).DELETE().build());

    assertThat(response.statusCode()).isEqualTo(405);
    assertProblem(response, 405, ProblemType.METHOD_NOT_ALLOWED);
  }

  @Test
  void aServerErrorShowsNoStackTraceOrMessage() throws Exception {
    HttpResponse<String> response = backend.get(TestBackend.BOOM_PATH);

    assertThat(response.statusCode()).isEqualTo(500);
    JsonNode problem = assertProblem(response, 500, ProblemType.INTERNAL);
    assertThat(UUID.fromString(problem.get("errorId").asText())).isNotNull();
    assertThat(response.body())
        .doesNotContain("boom", "Alice", "23301004127785", "Exception", "at org.", "java.");
  }

  @Test
  void aRequestJettyRefusesStillGetsAProblemBody() throws Exception {
    String raw;
    try (Socket socket = new Socket(backend.uri("/").getHost(), backend.uri("/").getPort())) {
      socket.setSoTimeout(5_000);
      socket
          .getOutputStream()
          .write(
              "GET /api/v1/% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(raw).startsWith("HTTP/1.1 400");
    assertThat(raw).containsIgnoringCase("Content-Type: application/problem+json");
    JsonNode problem = JSON.readTree(raw.substring(raw.indexOf("\r\n\r\n") + 4));
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(raw).doesNotContain("<html", "Exception");
  }

  private static JsonNode assertProblem(HttpResponse<String> response, int status, ProblemType type)
      throws Exception {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo(type.uri());
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText()).isNotBlank();
    return problem;
  }
}
