package org.privacyportal.systemtests.guardians;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.TestStack;

/**
 * A parent (the demo login "parent", Rosa Delgado) asks to be linked to her child; staff approve at
 * the desk, recording the type of ID shown; the child then appears in her switcher, and turning the
 * child's reading history on is recorded as done by the guardian. Each window size links a child of
 * its own (Mateo, Lucia), both used by no other test.
 */
@BrowserTest
class GuardianLinkRequestBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final TestStack stack = TestStack.get();

  /** The open select's options (each select also shows its value as an item in its button). */
  static ElementsCollection options() {
    return $$("vaadin-select-list-box vaadin-select-item").filterBy(visible);
  }

  @ParameterizedTest
  @CsvSource({
    "360x800, Mateo, 23301008114733, 11, 140, Passport",
    "1280x900, Lucia, 23301008114741, 7, 60, Driver's license"
  })
  void aParentAsksStaffApproveAndTheChildAppearsInTheSwitcher(
      String windowSize,
      String child,
      String card,
      int years,
      int daysPastBirthday,
      String document)
      throws Exception {
    String childName = child + " Delgado";
    LocalDate birthDate = LocalDate.now().minusYears(years).minusDays(daysPastBirthday);

    // 1. The parent asks, from her account page.
    Browser.open(windowSize, "en-US");
    Browser.visit("/account");
    Browser.signInAtKeycloak(DemoUsers.PARENT);
    $("#patron-name").shouldHave(exactText("Rosa Delgado"));
    $("#link-guardian-request").shouldBe(visible).click();
    $("#request-send").shouldBe(visible).click(); // empty: the form says what is missing
    $("#request-problem").shouldHave(text("Check the fields marked above."));
    $("#minor-name input").setValue(childName);
    if (windowSize.startsWith("360")) {
      // at a real 360 px the date picker is in its phone mode (a full-screen calendar, no typing):
      // set its value as picking the day does (ISO date), as TestBench's DatePickerElement does
      Selenide.executeJavaScript(
          "arguments[0].value = arguments[1];", $("#minor-birth-date"), birthDate.toString());
    } else {
      $("#minor-birth-date input")
          .setValue(birthDate.format(DateTimeFormatter.ofPattern("M/d/yyyy")))
          .pressEnter();
    }
    if (windowSize.startsWith("1280")) {
      $("#minor-card input").setValue(card);
    }
    $("#relationship").click();
    options().findBy(exactText("Parent")).click();
    $("#request-message textarea").setValue("I can come on Saturday morning.");
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("guardian-request-form-" + windowSize);
    $("#request-send").click();

    $("#request-sent")
        .shouldHave(text("We'll check identification in person at the desk"))
        .shouldHave(attribute("role", "status"));
    Browser.assertNoAccessibilityViolations();
    $("#request-my-requests").click();
    $$("#records-list .record-item").findBy(text(childName)).shouldBe(visible);
    Selenide.closeWebDriver();

    // 2. Staff check her ID in person and approve, recording its type only.
    Browser.open(windowSize, "en-US");
    Browser.visit("/staff/guardian-links");
    Browser.signInAtKeycloak(DemoUsers.STAFF);
    SelenideElement request = requests().filterBy(text("Rosa Delgado")).findBy(text(childName));
    request.shouldBe(visible).shouldHave(text("I can come on Saturday morning."));
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("staff-guardian-links-" + windowSize);
    request.$(".link-document").click();
    options().findBy(exactText(document)).click();
    request.$(".link-minor-card input").setValue(card);
    request.$(".link-approve").click();
    $("#staff-guardian-status")
        .shouldHave(text("Approved: Rosa Delgado is now linked to the child."));
    requests()
        .filterBy(text(childName))
        .shouldHave(com.codeborne.selenide.CollectionCondition.size(0));
    Browser.assertNoAccessibilityViolations();
    Selenide.closeWebDriver();

    // 3. The child is in her switcher; in the child's view she turns the reading history on.
    Browser.open(windowSize, "en-US");
    Browser.visit("/account");
    Browser.signInAtKeycloak(DemoUsers.PARENT);
    $("#account-switcher").shouldBe(visible).click();
    options().findBy(exactText(childName)).click();
    $("#acting-text")
        .shouldHave(exactText("You are viewing " + childName + "'s account as their guardian."));
    $("#patron-name").shouldHave(exactText(childName));
    Browser.assertNoAccessibilityViolations();
    $("#open-loan_history").click();
    $("#history-keep").shouldBe(visible).shouldNotHave(attribute("checked"));
    $("#history-keep input").click();
    $("#history-keep").shouldHave(attribute("checked"));
    Browser.waitForVaadin();

    // Recorded as done by the guardian: the child's ledger and access log say so.
    String token = stack.tokens().accessToken(DemoUsers.PARENT);
    String childId = childId(token, childName);
    JsonNode consents =
        JSON.readTree(stack.api().get("/api/v1/patrons/" + childId + "/consents", token).body());
    assertThat(consents.get("items"))
        .anySatisfy(
            entry -> {
              assertThat(entry.get("consent").asText()).isEqualTo("READING_HISTORY");
              assertThat(entry.get("granted").asBoolean()).isTrue();
              assertThat(entry.get("actorRole").asText()).isEqualTo("GUARDIAN");
            });
    JsonNode log =
        JSON.readTree(stack.api().get("/api/v1/patrons/" + childId + "/access_log", token).body());
    assertThat(log.get("items"))
        .anySatisfy(
            entry -> {
              assertThat(entry.get("category").asText()).isEqualTo("consents");
              assertThat(entry.get("ground").asText()).isEqualTo("GUARDIAN");
              assertThat(entry.get("actorName").asText()).isEqualTo("Rosa Delgado");
            });

    $("#acting-back").click();
    $("#acting-banner").shouldNotBe(visible);
  }

  private static ElementsCollection requests() {
    return $$("#staff-guardian-requests .portal-link-request");
  }

  private String childId(String token, String childName) throws Exception {
    JsonNode accounts =
        JSON.readTree(stack.api().get("/api/v1/me/accounts", token).body()).get("accounts");
    List<String> ids = new ArrayList<>();
    accounts.forEach(
        a -> {
          if ((a.get("firstName").asText() + " " + a.get("lastName").asText()).equals(childName)) {
            ids.add(a.get("patronId").asText());
          }
        });
    assertThat(ids).hasSize(1);
    return ids.getFirst();
  }
}
