package org.privacyportal.systemtests.consent;

import static com.codeborne.selenide.CollectionCondition.size;
import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.hidden;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selectors.byText;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.ElementsCollection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.Keyboard;
import org.privacyportal.systemtests.support.TestStack;

/**
 * Turning reading history off for real: the guardian, in a child's view, confirms the plain warning
 * and the child's history is gone, with a ledger entry saying the guardian did it. Each window size
 * uses another of Grace's children (Nora, Milo), whose reading history no other browser test reads.
 */
@BrowserTest
class ReadingHistoryDeletionBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestStack stack = TestStack.get();

  @ParameterizedTest
  @CsvSource({Browser.PHONE + ", Nora Okafor", Browser.DESKTOP + ", Milo Okafor"})
  void theGuardianConfirmsAndTheChildsHistoryIsDeletedAsTheGuardians(
      String windowSize, String child) throws Exception {
    Browser.open(windowSize, "en-US");
    Browser.visit("/account");
    Browser.signInAtKeycloak(DemoUsers.GUARDIAN);
    $("#account-switcher").shouldBe(visible).click();
    options().findBy(exactText(child)).click();
    $("#patron-name").shouldHave(exactText(child));

    $("#open-loan_history").click();
    $$("#records-list .record-item").shouldHave(sizeGreaterThan(0));
    $("#history-keep").shouldBe(visible).shouldHave(attribute("checked"));
    $("#history-keep input").click();
    $(byText("Delete your reading history?")).shouldBe(visible);
    Browser.assertNoAccessibilityViolations();
    // by keyboard: every choice of the warning (the export offered first) is reached; Escape keeps
    // the history
    Keyboard.assertEveryControlOfTheDialogReachedByTab(
        "reading history off at " + windowSize, "#history-off-dialog");
    $("#history-keep").shouldHave(attribute("checked"));
    $("#history-keep input").click();
    $(byText("Delete your reading history?")).shouldBe(visible);

    $("#history-off-confirm").click();

    $("#history-off-confirm").shouldBe(hidden);
    $("#history-keep").shouldNotHave(attribute("checked"));
    $$("#records-list .record-item").shouldHave(size(0));
    Browser.waitForVaadin();
    Browser.assertNoAccessibilityViolations();

    String token = stack.tokens().accessToken(DemoUsers.GUARDIAN);
    String childId = childId(token, child);
    JsonNode history =
        JSON.readTree(
            stack.api().get("/api/v1/patrons/" + childId + "/loan_history", token).body());
    assertThat(history.get("total").asLong()).isZero();
    JsonNode ledger =
        JSON.readTree(stack.api().get("/api/v1/patrons/" + childId + "/consents", token).body());
    JsonNode newest = ledger.get("items").get(0);
    assertThat(newest.get("consent").asText()).isEqualTo("READING_HISTORY");
    assertThat(newest.get("granted").asBoolean()).isFalse();
    assertThat(newest.get("previous").asBoolean()).isTrue();
    assertThat(newest.get("actorRole").asText()).isEqualTo("GUARDIAN");
  }

  private static ElementsCollection options() {
    return $$("vaadin-select-list-box vaadin-select-item").filterBy(visible);
  }

  private String childId(String token, String name) throws Exception {
    for (JsonNode account :
        JSON.readTree(stack.api().get("/api/v1/me/accounts", token).body()).get("accounts")) {
      if ((account.get("firstName").asText() + " " + account.get("lastName").asText())
          .equals(name)) {
        return account.get("patronId").asText();
      }
    }
    throw new AssertionError(name + " is not among the guardian's accounts");
  }
}
