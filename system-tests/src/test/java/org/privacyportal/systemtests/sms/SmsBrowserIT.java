package org.privacyportal.systemtests.sms;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.cssClass;
import static com.codeborne.selenide.Condition.exist;
import static com.codeborne.selenide.Condition.hidden;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.Keyboard;
import org.privacyportal.systemtests.support.SharedDemoData;
import org.privacyportal.systemtests.support.TestStack;

/**
 * SMS notices end to end through the real Keycloak login: enter a number, read the code from the
 * stack's outbox as a developer would, a wrong code first, then the right one; change a choice; opt
 * out. Each run ends with SMS off, as the demo data had it. The phone run is the demo patron in
 * English; the desktop run is another demo patron (the guardian, on her own account) in Spanish, so
 * the two runs never meet the per-patron resend limit of one code a minute.
 */
@BrowserTest
@ResourceLock(SharedDemoData.PATRON)
@ResourceLock(SharedDemoData.GUARDIAN)
class SmsBrowserIT {

  private final TestStack stack = TestStack.get();
  private final SmsOutbox outbox = new SmsOutbox(stack.smsOutbox());

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
            360x800  | patron   | en-US | (337) 491-2368 | +13374912368 | Text message notices are off. | are on
            1280x900 | guardian | es-ES | 785 491 2368   | +17854912368 | están desactivados.           | están activados
            """)
  void confirmANumberChooseAndOptOut(
      String size,
      String user,
      String language,
      String typed,
      String e164,
      String offText,
      String onText)
      throws Exception {
    Browser.open(size, language);
    Browser.visit("/account");
    Browser.signInAtKeycloak(user);
    $("#link-sms").shouldBe(visible).click();
    $("#sms-status").shouldHave(text(offText));
    $("#sms-number input").shouldHave(attribute("type", "tel"), attribute("autocomplete", "tel"));
    assertThat(Browser.hasHorizontalScroll()).isFalse();
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("sms-" + size + "-1-off");

    // a number that cannot receive texts is refused and nothing is sent
    $("#sms-number input").setValue("+1 800 555 1212");
    $("#sms-send").click();
    $("#sms-message").shouldBe(visible).shouldHave(attribute("role", "alert"));
    $("#sms-confirm-card").shouldNot(exist);

    int sent = outbox.textsTo(e164).size();
    $("#sms-number input").setValue(typed);
    $("#sms-send").click();
    $("#sms-confirm-card").shouldBe(visible);
    $("#sms-sent").shouldHave(text(e164));
    $("#sms-code input")
        .shouldHave(attribute("inputmode", "numeric"), attribute("autocomplete", "one-time-code"));
    String code = outbox.awaitCode(e164, sent + 1);
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("sms-" + size + "-2-code-sent");

    // asking again at once is refused: one code a minute
    $("#sms-resend").click();
    $("#sms-message")
        .shouldHave(text(language.startsWith("es") ? "menos de un minuto" : "less than a minute"));
    assertThat(outbox.textsTo(e164)).hasSize(sent + 1);

    // a wrong code says how many tries are left
    $("#sms-code input").setValue(code.equals("000000") ? "111111" : "000000");
    $("#sms-confirm").click();
    $("#sms-message").shouldHave(text("4"));

    // the choices on the confirmation: everything but found items
    $("#sms-new-found-items input").click();
    $("#sms-code input").setValue(code);
    $("#sms-confirm").click();
    $("#sms-status").shouldHave(text(onText)).shouldHave(text(e164));
    $("#sms-due-date").shouldHave(attribute("checked"));
    $("#sms-holds-ready").shouldHave(attribute("checked"));
    $("#sms-found-items").shouldNotHave(attribute("checked"));
    assertThat(Browser.hasHorizontalScroll()).isFalse();
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("sms-" + size + "-3-on");

    // change a choice: saved at once, and still so after a reload
    $("#sms-holds-ready input").click();
    $("#sms-message").shouldHave(cssClass("sms-done"));
    Selenide.refresh();
    $("#sms-status").shouldHave(text(onText));
    $("#sms-holds-ready").shouldNotHave(attribute("checked"));
    $("#sms-due-date").shouldHave(attribute("checked"));

    // opting out asks first; keeping them on changes nothing
    $("#sms-opt-out").click();
    $("#sms-opt-out-cancel").shouldBe(visible);
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("sms-" + size + "-4-opt-out");
    Keyboard.assertEveryControlOfTheDialogReachedByTab(
        "SMS opt-out at " + size, "#sms-opt-out-dialog");
    $("#sms-status").shouldHave(text(onText)); // Escape, like cancel, keeps them on
    $("#sms-opt-out").click();
    $("#sms-opt-out-cancel").click();
    $("#sms-opt-out-cancel").shouldBe(hidden);
    $("#sms-status").shouldHave(text(onText));

    $("#sms-opt-out").click();
    $("#sms-opt-out-confirm").shouldBe(visible).click();
    $("#sms-status").shouldHave(text(offText));
    $("#sms-choices-card").shouldNot(exist);
    Selenide.refresh();
    $("#sms-status").shouldHave(text(offText)).shouldNotHave(text(e164));
  }
}
