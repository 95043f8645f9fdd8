package org.privacyportal.systemtests.browser;

import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.matchText;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.TestStack;

/**
 * The demo patron signs in through the real Keycloak login page, sees their own name, and signs
 * out.
 */
@BrowserTest
class SignInBrowserIT {

  private final TestStack stack = TestStack.get();

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
  void patronSignsInSeesTheirNameAndSignsOut(String windowSize) {
    Browser.open(windowSize, "en-US");
    Browser.visit("/");
    Browser.waitForVaadin();
    assertThat(Browser.pageLanguage()).isEqualTo("en");
    Browser.assertNoAccessibilityViolations();

    $("#sign-in").shouldBe(visible).click();
    Browser.signInAtKeycloak(DemoUsers.PATRON);

    $("#patron-name").shouldHave(exactText("Alice Nguyen"));
    $("#patron-card-number").shouldHave(matchText("\\d{14}"));
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();

    $("#sign-out").shouldBe(visible).click();

    $("#sign-in").shouldBe(visible);
    assertThat(Browser.currentUrl()).startsWith(stack.frontendUrl());
    // the Keycloak session ended too: the account page asks for a password again instead of single
    // sign-on
    Browser.visit("/account");
    $("#username").shouldBe(visible);
    assertThat(Browser.currentUrl()).startsWith(stack.issuer());
  }

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE})
  void spanishBrowserGetsSpanishPortalAndLoginPage(String windowSize) {
    Browser.open(windowSize, "es-ES");
    Browser.visit("/");
    Browser.waitForVaadin();
    assertThat(Browser.pageLanguage()).isEqualTo("es");
    String signInLabel = $("#sign-in").shouldBe(visible).getText();
    assertThat(signInLabel).isNotBlank().isNotEqualToIgnoringCase("Sign in");

    $("#sign-in").click();
    $("#username").shouldBe(visible);
    assertThat(Browser.pageLanguage()).startsWith("es");
    Browser.signInAtKeycloak(DemoUsers.MINOR);

    $("#patron-name").shouldHave(exactText("Milo Okafor"));
    assertThat(Browser.pageLanguage()).isEqualTo("es");
    assertThat(Browser.hasHorizontalScroll()).isFalse();
    Browser.assertNoAccessibilityViolations();
  }
}
