package org.privacyportal.systemtests.i18n;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.WebDriverRunner;
import com.codeborne.selenide.junit5.ScreenShooterExtension;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.TestStack;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language switch in the header, used by keyboard: it turns an English browser's portal Spanish
 * (and back), the choice outlasts signing in, and every link and button of the account page can be
 * reached with the Tab key.
 */
@ExtendWith(ScreenShooterExtension.class)
class LanguageSwitchBrowserIT {

    private final TestStack stack = TestStack.get();

    @AfterEach
    void closeBrowser() {
        Selenide.closeWebDriver();
    }

    @ParameterizedTest
    @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
    void anEnglishBrowserSwitchesToSpanishByKeyboardAndTheChoiceOutlastsSignIn(String windowSize) {
        Browser.open(windowSize, "en-US");
        Selenide.open(stack.frontendUrl() + "/");
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

    @ParameterizedTest
    @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
    void everyLinkAndButtonOfTheAccountPageIsReachedWithTheTabKey(String windowSize) {
        Browser.open(windowSize, "en-US");
        Selenide.open(stack.frontendUrl() + "/account");
        Browser.signInAtKeycloak(DemoUsers.PATRON);
        $("#dashboard").shouldBe(visible);
        Browser.waitForVaadin();

        List<String> wanted = new ArrayList<>();
        $$("a[id], vaadin-button[id]").asDynamicIterable().forEach(e -> {
            if (e.isDisplayed()) {
                wanted.add(e.getAttribute("id"));
            }
        });
        assertThat(wanted).contains("language-es", "sign-out", "open-loans", "link-sms");

        Set<String> reached = new LinkedHashSet<>();
        Selenide.executeJavaScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < wanted.size() * 3 + 10 && !reached.containsAll(wanted); i++) {
            new Actions(WebDriverRunner.getWebDriver()).sendKeys(Keys.TAB).perform();
            String id = Selenide.executeJavaScript(
                    "let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement) {"
                            + " if (e.id) break; e = e.shadowRoot.activeElement; }"
                            + " return e ? (e.id || (e.closest && e.closest('[id]') ? e.closest('[id]').id : '')) : '';");
            reached.add(id);
        }
        assertThat(reached).as("reached with Tab at " + windowSize).containsAll(wanted);
    }

    private static void pressKeyOn(String selector, Keys key) {
        Selenide.executeJavaScript("arguments[0].focus()", $(selector).shouldBe(visible));
        new Actions(WebDriverRunner.getWebDriver()).sendKeys(key).perform();
    }
}
