package org.privacyportal.systemtests.guardians;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThan;
import static com.codeborne.selenide.CollectionCondition.texts;
import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.hidden;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.ElementsCollection;
import com.codeborne.selenide.Selenide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;

/**
 * The demo guardian (Grace) switches to Milo's account: a banner says whose account it is, the
 * account page shows Milo's profile and dashboard, his records open, and she switches back. Only
 * reads: the demo data stay as they were (each read is logged in Milo's access log, as it should
 * be).
 */
@BrowserTest
class GuardianSwitcherBrowserIT {

  /** The open select's options (each select also shows its value as an item in its button). */
  static ElementsCollection options() {
    return $$("vaadin-select-list-box vaadin-select-item").filterBy(visible);
  }

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
  void theGuardianSwitchesToMilosAccountSeesHisRecordsAndSwitchesBack(String windowSize) {
    Browser.open(windowSize, "en-US");
    Browser.visit("/account");
    Browser.signInAtKeycloak(DemoUsers.GUARDIAN);

    $("#patron-name").shouldHave(exactText("Grace Okafor"));
    $("#acting-banner").shouldBe(hidden);
    $("#account-switcher").shouldBe(visible);
    Browser.assertNoAccessibilityViolations();
    $("#account-switcher").click();
    // herself, then each minor she guards today (a minor who came of age would not be here)
    options().shouldHave(texts("You (Grace Okafor)", "Milo Okafor", "Nora Okafor"));
    options().findBy(exactText("Milo Okafor")).click();

    $("#acting-text")
        .shouldHave(exactText("You are viewing Milo Okafor's account as their guardian."));
    $("#acting-banner").shouldHave(attribute("role", "status"));
    $("h1").shouldHave(exactText("Account of Milo Okafor"));
    $("#patron-name").shouldHave(exactText("Milo Okafor"));
    $("#patron-account-type").shouldHave(exactText("Young reader (under 18)"));
    $("#dashboard").shouldBe(visible);
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("guardian-milo-account-" + windowSize);

    $("#open-loans").click();
    $("#acting-text").shouldHave(text("Milo Okafor"));
    $$("#records-list .record-item").shouldHave(sizeGreaterThan(0));
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();

    $("#acting-back").click();
    $("#acting-banner").shouldBe(hidden);
    $("#records-back").click();
    $("#patron-name").shouldHave(exactText("Grace Okafor"));
    $("#account-switcher").shouldHave(text("You (Grace Okafor)"));
  }
}
