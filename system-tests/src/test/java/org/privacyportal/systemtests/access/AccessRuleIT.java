package org.privacyportal.systemtests.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.TestStack;

/**
 * The representative part of the access rule with real tokens from the real Keycloak, against the
 * demo data: the full matrix (every actor, category and profile) runs in the backend's own tests.
 */
class AccessRuleIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TestStack STACK = TestStack.get();

  private static String alice;
  private static String grace;
  private static String milo;
  private static String nora;

  @BeforeAll
  static void demoPatrons() throws Exception {
    alice = idOf(DemoUsers.PATRON);
    grace = idOf(DemoUsers.GUARDIAN);
    milo = idOf(DemoUsers.MINOR);
    JsonNode accounts = json(STACK.api().get("/api/v1/me/accounts", token(DemoUsers.GUARDIAN)));
    for (JsonNode account : accounts.get("accounts")) {
      if ("Nora".equals(account.get("firstName").asText())) {
        nora = account.get("patronId").asText();
      }
    }
    assertThat(nora).as("Nora among Grace's accounts").isNotNull();
  }

  @ParameterizedTest(name = "{0} reads {1}''s {2}: {3}")
  @CsvSource(
      textBlock =
          """
            # actor      patron  category       status
            patron,      alice,  profile,       200
            patron,      alice,  loans,         200
            patron,      alice,  loan_history,  200
            patron,      alice,  access_log,    200
            patron,      milo,   profile,       404
            patron,      grace,  loans,         404
            guardian,    grace,  loans,         200
            guardian,    milo,   loans,         200
            guardian,    milo,   loan_history,  200
            guardian,    nora,   profile,       200
            guardian,    alice,  profile,       404
            minor,       milo,   loans,         200
            minor,       grace,  profile,       404
            minor,       nora,   profile,       404
            thirdparty,  milo,   loans,         404
            staff,       alice,  loans,         404
            staff,       alice,  profile,       404
            director,    alice,  loans,         404
            """)
  void realTokensGetWhatTheRuleAllows(String actor, String patron, String category, int status)
      throws Exception {
    HttpResponse<String> response =
        STACK.api().get("/api/v1/patrons/" + idFor(patron) + "/" + category, token(actor));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    if (status == 200) {
      assertThat(json(response).get("category").asText()).isEqualTo(category);
    }
  }

  @Test
  void aRefusedPatronAnswersExactlyLikeOneWhoDoesNotExist() {
    String staff = token(DemoUsers.STAFF);
    HttpResponse<String> refused = STACK.api().get("/api/v1/patrons/" + alice + "/loans", staff);
    HttpResponse<String> missing =
        STACK.api().get("/api/v1/patrons/" + UUID.randomUUID() + "/loans", staff);

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).isEqualTo(missing.body());
    assertThat(withoutDate(refused)).isEqualTo(withoutDate(missing));
  }

  @Test
  void aGuardiansReadLandsInTheMinorsAccessLog() throws Exception {
    assertThat(
            STACK
                .api()
                .get("/api/v1/patrons/" + milo + "/holds", token(DemoUsers.GUARDIAN))
                .statusCode())
        .isEqualTo(200);

    JsonNode log =
        json(
            STACK
                .api()
                .get("/api/v1/patrons/" + milo + "/access_log?size=100", token(DemoUsers.MINOR)));
    List<String> grounds = new ArrayList<>();
    log.get("items").forEach(entry -> grounds.add(entry.toString()));
    assertThat(grounds)
        .anySatisfy(entry -> assertThat(entry).contains("GUARDIAN").contains("holds"));
  }

  @Test
  void staffReadAfterADeskLookupByCardWithAReasonButOnlyTheDeskCategories() throws Exception {
    String staff = token(DemoUsers.STAFF);
    String card =
        json(STACK.api().get("/api/v1/me", token(DemoUsers.PATRON))).get("cardNumber").asText();
    HttpResponse<String> noReason =
        STACK
            .api()
            .post(
                "/api/v1/desk-lookups",
                staff,
                "{\"cardNumber\":\""
                    + card
                    + "\",\"reason\":\"Patron at the desk asks about an overdue notice\"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    HttpResponse<String> byId =
        STACK
            .api()
            .post(
                "/api/v1/desk-lookups",
                staff,
                "{\"patronId\":\"" + alice + "\",\"reason\":\"ACCOUNT_QUESTION\"}");
    assertThat(byId.statusCode()).as("an internal id is not a card").isEqualTo(400);

    HttpResponse<String> lookup =
        STACK
            .api()
            .post(
                "/api/v1/desk-lookups",
                staff,
                "{\"cardNumber\":\"" + card + "\",\"reason\":\"ACCOUNT_QUESTION\"}");
    assertThat(lookup.statusCode()).as(lookup.body()).isEqualTo(201);
    assertThat(json(lookup).get("patronId").asText()).isEqualTo(alice);
    String lookupId = json(lookup).get("id").asText();

    for (String category : List.of("profile", "loans", "holds", "fines")) {
      assertThat(
              STACK
                  .api()
                  .get("/api/v1/patrons/" + alice + "/" + category + "?lookup=" + lookupId, staff)
                  .statusCode())
          .as(category)
          .isEqualTo(200);
    }
    for (String category :
        List.of("loan_history", "online_services", "reference", "consents", "access_log")) {
      assertThat(
              STACK
                  .api()
                  .get("/api/v1/patrons/" + alice + "/" + category + "?lookup=" + lookupId, staff)
                  .statusCode())
          .as(category)
          .isEqualTo(404);
    }
  }

  @Test
  void aPatronCannotStartADeskLookup() {
    HttpResponse<String> response =
        STACK
            .api()
            .post(
                "/api/v1/desk-lookups",
                token(DemoUsers.PATRON),
                "{\"cardNumber\":\"99999999999999\",\"reason\":\"ACCOUNT_QUESTION\"}");

    assertThat(response.statusCode()).isIn(403, 404);
  }

  @Test
  void theDirectorVerifiesTheAccessLogAndOthersCannot() throws Exception {
    HttpResponse<String> verified =
        STACK.api().get("/api/v1/audit/verify", token(DemoUsers.DIRECTOR));
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(json(verified).get("intact").asBoolean()).isTrue();

    assertThat(STACK.api().get("/api/v1/audit/verify", token(DemoUsers.STAFF)).statusCode())
        .isEqualTo(403);
  }

  @Test
  void withoutATokenNothingIsRead() {
    assertThat(STACK.api().get("/api/v1/patrons/" + alice + "/profile").statusCode())
        .isEqualTo(401);
  }

  private static String idFor(String name) {
    return switch (name) {
      case "alice" -> alice;
      case "grace" -> grace;
      case "milo" -> milo;
      case "nora" -> nora;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static String idOf(String username) throws Exception {
    return json(STACK.api().get("/api/v1/me", token(username))).get("id").asText();
  }

  private static String token(String username) {
    return STACK.tokens().accessToken(username);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  private static String withoutDate(HttpResponse<String> response) {
    StringBuilder headers = new StringBuilder();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("date")) {
                headers.append(name.toLowerCase()).append('=').append(values).append('\n');
              }
            });
    return headers.toString();
  }
}
