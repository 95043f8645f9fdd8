package org.privacyportal.systemtests.dashboard;

import static com.codeborne.selenide.Condition.matchText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;

/** After signing in, the patron's start page is a dashboard: a card per category, from the API. */
@BrowserTest
class DashboardBrowserIT {

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
  void patronSeesACardPerCategoryWithCountsAndTheNextDueDate(String windowSize) {
    Browser.open(windowSize, "en-US");
    Browser.visit("/account");
    Browser.signInAtKeycloak(DemoUsers.PATRON);

    $("#dashboard").shouldBe(visible);
    for (String category :
        new String[] {
          "profile",
          "loans",
          "loan_history",
          "holds",
          "fines",
          "online_services",
          "reference",
          "events",
          "consents",
          "authorizations",
          "tickets",
          "access_log"
        }) {
      $("#card-" + category).shouldBe(visible);
    }
    $("#count-profile").shouldHave(text("1 entry"));
    $("#count-loans").shouldHave(matchText("\\d+ entr(y|ies)"));
    $("#card-loans #next-due").shouldHave(matchText("Next due: \\w+ \\d{1,2}, \\d{4}"));
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();
  }

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE})
  void spanishDashboard(String windowSize) {
    Browser.open(windowSize, "es-ES");
    Browser.visit("/account");
    Browser.signInAtKeycloak(DemoUsers.MINOR);

    $("#dashboard").shouldHave(text("Mis registros"));
    $("#card-loans").shouldHave(text("Préstamos actuales"));
    assertThat(Browser.pageLanguage()).isEqualTo("es");
  }
}
