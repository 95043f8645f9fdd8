package org.privacyportal.systemtests.policy;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThanOrEqual;
import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.SharedDemoData;
import org.privacyportal.systemtests.support.TestStack;

/**
 * The privacy policy page through the real sign-in: a demo patron who accepted the version before
 * the current one sees what changed, accepts, and the page and the ledger say so. Each window size
 * uses its own demo account (the patron in English, the guardian in Spanish), both of which
 * accepted the older version in the demo data; the state is checked through the API before and
 * after, so the test does not depend on any other test (no other test accepts the policy).
 */
@BrowserTest
@ResourceLock(SharedDemoData.PATRON)
@ResourceLock(SharedDemoData.GUARDIAN)
class PolicyBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OLDER = "2024-09-01";
  private static final String CURRENT = "2026-11-01";

  private final TestStack stack = TestStack.get();

  @ParameterizedTest
  @CsvSource({
    "360x800,  patron,   en-US, What changed since you last accepted (version 2024-09-01), Now:, and mobile numbers, added:, accepted version",
    "1280x900, guardian, es-ES, Qué cambió desde la última vez que aceptó (versión 2024-09-01), Ahora:, números de teléfono móvil, añadido:, aceptó la versión",
  })
  void aPatronSeesWhatChangedAndAccepts(
      String windowSize,
      String user,
      String language,
      String changesHeading,
      String nowLabel,
      String addedWords,
      String addedForScreenReaders,
      String acceptedWords)
      throws Exception {
    String token = stack.tokens().accessToken(user);
    String patronId = JSON.readTree(stack.api().get("/api/v1/me", token).body()).get("id").asText();
    JsonNode before = state(patronId, token);
    assertThat(before.get("lastAcceptedVersion").asText())
        .as("demo data: accepted the older version")
        .isEqualTo(OLDER);
    assertThat(before.get("accepted").asBoolean()).isFalse();

    Browser.open(windowSize, language);
    Browser.visit("/privacy-policy");
    Browser.signInAtKeycloak(user);

    $("#policy-changes h2").shouldHave(text(changesHeading));
    $$("#policy-change-lines li").shouldHave(sizeGreaterThanOrEqual(1));
    // the edited paragraph: old and new side by side, the new words marked as an insertion that
    // shows without colour (underlined) and is announced in words (visually hidden text)
    SelenideElement edited =
        $$("#policy-change-lines li.policy-edited").findBy(text(nowLabel)).shouldBe(visible);
    SelenideElement inserted =
        edited.$$("ins.policy-word-added").findBy(text(addedWords)).shouldBe(visible);
    assertThat(inserted.$(".policy-sr-only").getAttribute("textContent"))
        .startsWith(addedForScreenReaders);
    assertThat(
            (String)
                Selenide.executeJavaScript(
                    "return getComputedStyle(arguments[0]).textDecorationLine", inserted))
        .contains("underline");
    $$("#policy-change-lines li.policy-removed.policy-edited")
        .shouldHave(sizeGreaterThanOrEqual(1));
    inserted.scrollIntoView("{block: \"center\"}");
    Selenide.screenshot("policy-words-" + windowSize);
    $("#policy-text").shouldBe(visible);
    if (language.startsWith("es")) {
      $("#policy-translation-note").shouldBe(visible);
    }
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();
    Selenide.executeJavaScript("window.scrollTo(0, 0)");
    Selenide.screenshot("policy-changes-" + windowSize);
    // the accept button fits a 360 px phone in both languages (it ran past the edge, to 386 px in
    // English and 363 px in Spanish, while the page itself did not scroll)
    Browser.onPhone(
        () -> {
          $("#policy-accept").scrollIntoView("{block: \"center\"}");
          Selenide.screenshot("policy-accept-360-" + language);
          Browser.assertNoSidewaysScroll();
        });

    $("#policy-accept").shouldBe(visible).click();

    $("#policy-message").shouldBe(visible).shouldHave(text(acceptedWords), text(CURRENT));
    $("#policy-acceptance-status").shouldHave(cssClass("policy-accepted"));
    $("#policy-changes").shouldNot(com.codeborne.selenide.Condition.exist);
    $("#policy-accept").shouldNot(com.codeborne.selenide.Condition.exist);
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("policy-accepted-" + windowSize);

    JsonNode after = state(patronId, token);
    assertThat(after.get("accepted").asBoolean()).isTrue();
    assertThat(after.get("lastAcceptedVersion").asText()).isEqualTo(CURRENT);
    JsonNode newest =
        JSON.readTree(
                stack.api().get("/api/v1/patrons/" + patronId + "/consents/ledger", token).body())
            .get("items")
            .get(0);
    assertThat(newest.get("consent").asText()).isEqualTo("POLICY");
    assertThat(newest.get("policyVersion").asText()).isEqualTo(CURRENT);
    assertThat(newest.get("previous").asBoolean()).isTrue();
  }

  private JsonNode state(String patronId, String token) throws Exception {
    HttpResponse<String> response =
        stack.api().get("/api/v1/patrons/" + patronId + "/policy/acceptance", token);
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
