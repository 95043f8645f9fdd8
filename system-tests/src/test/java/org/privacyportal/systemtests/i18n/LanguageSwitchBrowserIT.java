package org.privacyportal.systemtests.i18n;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;

/**
 * The language switch in the header, used by keyboard: it turns an English browser's portal Spanish
 * (and back), and the choice outlasts signing in. (That every control of the account page and the
 * other pages is reached with the Tab key is KeyboardReachabilityBrowserIT's.)
 */
@BrowserTest
class LanguageSwitchBrowserIT {

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
  void anEnglishBrowserSwitchesToSpanishByKeyboardAndTheChoiceOutlastsSignIn(String windowSize) {
    Browser.open(windowSize, "en-US");
    Browser.visit("/");
    $("#sign-in").shouldHave(text("Sign in"));
    $("#language-es").shouldHave(text("Español")).shouldHave(attribute("lang", "es"));

    pressKeyOn("#language-es", Keys.ENTER);

    $("#sign-in").shouldHave(text("Iniciar sesión"));
    assertThat(Browser.pageLanguage()).isEqualTo("es");
    $("#language-en").shouldHave(text("English"));
    Browser.assertNoAccessibilityViolations();

    $("#sign-in").click();
    Browser.signInAtKeycloak(DemoUsers.PATRON);
    $("#dashboard").shouldHave(text("Mis registros"));
    assertThat(Browser.pageLanguage()).isEqualTo("es");
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();

    pressKeyOn("#language-en", Keys.SPACE);
    $("#dashboard").shouldHave(text("My records"));
    assertThat(Browser.pageLanguage()).isEqualTo("en");
  }

  private static void pressKeyOn(String selector, Keys key) {
    Selenide.executeJavaScript("arguments[0].focus()", $(selector).shouldBe(visible));
    new Actions(WebDriverRunner.getWebDriver()).sendKeys(key).perform();
  }
}
