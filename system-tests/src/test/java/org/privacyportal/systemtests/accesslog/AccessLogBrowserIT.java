package org.privacyportal.systemtests.accesslog;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.hidden;
import static com.codeborne.selenide.Condition.matchText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.TestStack;

/**
 * The demo patron's access log through the real stack: a staff member's desk read (made here with
 * the staff login's real Keycloak token, so the name comes from Keycloak) shows with the staff
 * member's name, the branch and the stated reason; the demo's court order shows once its notice
 * delay has ended and its sealed one not at all; and "This wasn't me / I have a question" opens a
 * privacy-question ticket. Each run asks about an entry it made itself, so runs never meet each
 * other's questions. The ticket lands in the patron's tickets only (no other test counts those).
 */
@BrowserTest
@Isolated // checks the newest entries of the demo patron's log: no other test may add one meanwhile
class AccessLogBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REFERENCE = Pattern.compile("Reference: ([0-9A-F]{8})");

  private final TestStack stack = TestStack.get();

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
  void patronSeesWhoLookedByNameAndOnWhatGroundAndAsksAboutAnEntry(String windowSize)
      throws Exception {
    String alice = patronId(DemoUsers.PATRON);
    staffDeskRead(alice, "HOLD_PICKUP", "Central Library");

    Browser.open(windowSize, "en-US");
    Browser.visit("/account");
    Browser.signInAtKeycloak(DemoUsers.PATRON);
    $("#open-access_log").shouldBe(visible).click();

    $("#access-entries").shouldBe(visible);
    assertThat(Browser.currentUrl()).endsWith("/access-log");
    $("#access-who-0").shouldHave(text("Sam Porter, library staff"));
    $("#access-records-0").shouldHave(text("Current loans"));
    $("#access-ground-0")
        .shouldHave(text("Library business at the desk: picking up or asking about a hold"));
    $("#access-branch-0").shouldHave(text("Central Library"));
    $("#access-when-0").shouldHave(matchText("\\w{3} \\d{1,2}, \\d{4}"));
    $("#access-position").shouldHave(matchText("Page 1 of \\d+"));
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot(
        "access-log-" + windowSize); // for a person to look at (target/browser-reports)

    $("#access-ask-0").click();
    $("#access-question-dialog").shouldBe(visible);
    $("#access-question-about").shouldHave(text("Current loans"));
    $("#access-question-message textarea").setValue("I was not at the library that day.");
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("access-log-question-" + windowSize);
    $("#access-question-send").click();

    $("#access-question-sent").shouldHave(text("Your question is with the library."));
    Matcher reference = REFERENCE.matcher($("#access-question-sent").getText());
    assertThat(reference.find()).isTrue();
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("access-log-question-sent-" + windowSize);
    $("#access-question-close").click();
    $("#access-question-dialog").shouldBe(hidden);
    $("#access-asked-0").shouldHave(text(reference.group(1)));
    $("#access-ask-0").shouldNot(com.codeborne.selenide.Condition.exist);

    JsonNode ticket = ticketStartingWith(alice, reference.group(1).toLowerCase());
    assertThat(ticket.get("type").asText()).isEqualTo("PRIVACY_QUESTION");
    assertThat(ticket.get("status").asText()).isEqualTo("OPEN");
    assertThat(ticket.get("subject").asText())
        .contains("loans, library business")
        .doesNotContain("Sam");
    assertThat(ticket.get("messages").get(0).get("body").asText())
        .isEqualTo("I was not at the library that day.");

    // the demo's unsealed court order is listed, with the director by role: page until it shows
    boolean courtOrder = false;
    for (int page = 0; page < 10 && !courtOrder; page++) {
      courtOrder = $("#access-entries").getText().contains("Court order");
      if (!courtOrder && $("#access-next").has(attribute("disabled"))) {
        break;
      }
      if (!courtOrder) {
        String position = $("#access-position").getText();
        $("#access-next").click();
        $("#access-position").shouldNotHave(text(position));
      }
    }
    assertThat(courtOrder).as("the demo's unsealed court order is shown").isTrue();
    assertThat($("#access-entries").getText()).contains("Library director");
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("access-log-court-order-" + windowSize);
  }

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE})
  void inSpanishAndWithoutTheSealedCourtOrder(String windowSize) throws Exception {
    String alice = patronId(DemoUsers.PATRON);
    staffDeskRead(alice, "RENEWAL", null);

    Browser.open(windowSize, "es-ES");
    Browser.visit("/access-log");
    Browser.signInAtKeycloak(DemoUsers.PATRON);

    $("h1").shouldHave(text("Quién consultó mis registros"));
    $("#access-who-0").shouldHave(text("Sam Porter, personal de la biblioteca"));
    $("#access-ground-0")
        .shouldHave(text("Gestión de la biblioteca en el mostrador: renovación de sus préstamos"));
    $("#access-records-0").shouldHave(text("Préstamos actuales"));
    assertThat(Browser.pageLanguage()).isEqualTo("es");
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("access-log-es-" + windowSize);

    // the API the page shows: the sealed court order (holds) is not there, the unsealed one (loans)
    // is
    JsonNode log =
        JSON.readTree(
            stack
                .api()
                .get(
                    "/api/v1/patrons/" + alice + "/access-log/entries?size=100",
                    token(DemoUsers.PATRON))
                .body());
    List<String> legal = new ArrayList<>();
    log.get("items")
        .forEach(
            e -> {
              if ("LEGAL_PROCESS".equals(e.get("ground").asText())) {
                legal.add(
                    e.get("category").asText()
                        + " "
                        + e.get("legalInstrument").asText()
                        + " "
                        + e.get("actorName").isNull());
              }
            });
    assertThat(legal).containsExactly("loans COURT_ORDER true");
  }

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE})
  void anotherPatronsLogIsNotThere(String windowSize) throws Exception {
    String alice = patronId(DemoUsers.PATRON);
    HttpResponse<String> refused =
        stack
            .api()
            .get("/api/v1/patrons/" + alice + "/access-log/entries", token(DemoUsers.THIRD_PARTY));
    HttpResponse<String> missing =
        stack
            .api()
            .get(
                "/api/v1/patrons/" + UUID.randomUUID() + "/access-log/entries",
                token(DemoUsers.THIRD_PARTY));

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).isEqualTo(missing.body());
  }

  /**
   * A desk lookup by the staff login with the demo patron's card and a reason code (its creation is
   * an entry, profile), then a read of the patron's loans under it: the newest entry.
   */
  private void staffDeskRead(String patronId, String reason, String branch) throws Exception {
    String staff = token(DemoUsers.STAFF);
    String card =
        JSON.readTree(stack.api().get("/api/v1/me", token(DemoUsers.PATRON)).body())
            .get("cardNumber")
            .asText();
    HttpResponse<String> lookup =
        stack
            .api()
            .post(
                "/api/v1/desk-lookups",
                staff,
                JSON.writeValueAsString(
                    branch == null
                        ? java.util.Map.of("cardNumber", card, "reason", reason)
                        : java.util.Map.of(
                            "cardNumber", card, "reason", reason, "branch", branch)));
    assertThat(lookup.statusCode()).as(lookup.body()).isEqualTo(201);
    assertThat(JSON.readTree(lookup.body()).get("patronId").asText()).isEqualTo(patronId);
    String lookupId = JSON.readTree(lookup.body()).get("id").asText();
    assertThat(
            stack
                .api()
                .get("/api/v1/patrons/" + patronId + "/loans?lookup=" + lookupId, staff)
                .statusCode())
        .isEqualTo(200);
  }

  private JsonNode ticketStartingWith(String patronId, String prefix) throws Exception {
    JsonNode tickets =
        JSON.readTree(
            stack
                .api()
                .get("/api/v1/patrons/" + patronId + "/tickets?size=100", token(DemoUsers.PATRON))
                .body());
    for (JsonNode ticket : tickets.get("items")) {
      if (ticket.get("id").asText().startsWith(prefix)) {
        return ticket;
      }
    }
    throw new AssertionError("no ticket " + prefix + " among the patron's tickets");
  }

  private String patronId(String username) throws Exception {
    return JSON.readTree(stack.api().get("/api/v1/me", token(username)).body()).get("id").asText();
  }

  private String token(String username) {
    return stack.tokens().accessToken(username);
  }
}
