package org.privacyportal.systemtests.patron;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.TestStack;

/** GET /api/v1/me over HTTP with real tokens from the real Keycloak. */
class MeApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final TestStack stack = TestStack.get();

  @Test
  void patronSeesTheirOwnProfile() throws Exception {
    var response = stack.api().get("/api/v1/me", stack.tokens().accessToken(DemoUsers.PATRON));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode me = JSON.readTree(response.body());
    assertThat(me.get("firstName").asText()).isEqualTo("Alice");
    assertThat(me.get("lastName").asText()).isEqualTo("Nguyen");
    assertThat(me.get("cardNumber").asText()).matches("\\d{14}");
    assertThat(me.get("accountType").asText()).isEqualTo("ADULT");
    // public ids are random UUIDs, never sequential numbers
    assertThat(me.get("id").asText())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void eachDemoPatronIsTiedToTheirOwnKeycloakAccount() throws Exception {
    JsonNode guardian =
        JSON.readTree(
            stack.api().get("/api/v1/me", stack.tokens().accessToken(DemoUsers.GUARDIAN)).body());
    JsonNode minor =
        JSON.readTree(
            stack.api().get("/api/v1/me", stack.tokens().accessToken(DemoUsers.MINOR)).body());

    assertThat(guardian.get("firstName").asText()).isEqualTo("Grace");
    assertThat(minor.get("firstName").asText()).isEqualTo("Milo");
    assertThat(minor.get("accountType").asText()).isEqualTo("JUVENILE");
    assertThat(minor.get("id").asText()).isNotEqualTo(guardian.get("id").asText());
  }

  @Test
  void staffWithoutACardGetANotFoundProblem() throws Exception {
    var response = stack.api().get("/api/v1/me", stack.tokens().accessToken(DemoUsers.STAFF));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("title").asText()).isNotBlank();
  }

  @Test
  void withoutATokenTheAnswerIs401Problem() throws Exception {
    var response = stack.api().get("/api/v1/me");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
