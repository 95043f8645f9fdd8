package org.privacyportal.systemtests.authorization;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.exactText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.Keyboard;
import org.privacyportal.systemtests.support.SharedDemoData;

/**
 * A written authorization, end to end through the real Keycloak: the demo patron (Alice) names Theo
 * with his card, chooses records, reads the generated text, types her name, ticks the statement,
 * types her password again at Keycloak (the fresh sign-in the signature needs), gets the
 * verification code, downloads the PDF (which holds the code) and revokes the authorization. The
 * guardian (Grace) does the same for Milo: the acting account survives the fresh sign-in. One
 * sign-in per flow plus the fresh one; each flow makes its own authorization, so they do not depend
 * on each other or on the demo's.
 */
@BrowserTest
// adds entries to Alice's and Milo's consent ledgers, whose newest entry PolicyBrowserIT checks
@ResourceLock(SharedDemoData.PATRON)
@ResourceLock(SharedDemoData.GUARDIAN)
class AuthorizationBrowserIT {

  private static final String THEO_CARD = "23301002745169";

  /** Renee Broussard (README's demo logins), guardian of Jolie, who is about to turn 18. */
  private static final String RENEE = "renee";

  /** 20 characters of the look-alike-free alphabet in 5 groups of 4 (docs/authorizations.md). */
  private static final String CODE = "[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){4}";

  @ParameterizedTest
  @CsvSource({
    Browser.PHONE + ", en-US, Written authorizations, Valid, Revoked",
    Browser.DESKTOP + ", es-ES, Autorizaciones escritas, Vigente, Revocada"
  })
  void aPatronGrantsWithAFreshSignInPrintsAndRevokes(
      String windowSize, String language, String heading, String valid, String revoked)
      throws IOException {
    Browser.open(windowSize, language);
    Browser.visit("/account");
    Browser.signInAtKeycloak(DemoUsers.PATRON);
    $("#patron-name").shouldHave(exactText("Alice Nguyen"));
    $("#link-authorizations").click();
    $("h1").shouldHave(exactText(heading));
    $("#authorization-new").click();

    fillTerms("Theo Grant", THEO_CARD, 1, 2);
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("authorization-form-" + language + "-" + windowSize);
    $("#authorization-review").click();

    $("#authorization-text").shouldHave(text("Theo Grant"), text("Alice Nguyen"));
    Browser.assertNoAccessibilityViolations();
    signAfterFreshSignIn("Alice Nguyen", DemoUsers.PATRON);

    String code = $("#authorization-code").shouldBe(visible).getText();
    assertThat(code).matches(CODE);
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("authorization-done-" + language + "-" + windowSize);

    File pdf = $("#authorization-pdf").shouldBe(visible).download();
    assertThat(pdfText(pdf).replaceAll("[^0-9A-Z]", ""))
        .as("the PDF holds the verification code")
        .contains(code.replace("-", ""));

    String id = $("#authorization-view").getAttribute("href").replaceAll(".*/", "");
    $("#authorization-view").click();
    $("#authorization-status").shouldHave(exactText(valid));
    $("#authorization-code").shouldHave(exactText(code));
    $("#authorization-back").click();

    SelenideElement card = $("[data-authorization='" + id + "']").shouldBe(visible);
    card.$("#authorization-status-" + id).shouldHave(exactText(valid));
    Browser.waitForVaadin();
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("authorization-list-" + language + "-" + windowSize);
    card.$("#authorization-revoke-" + id).click();
    $("#authorization-revoke-confirm").shouldBe(visible);
    Browser.assertNoAccessibilityViolations();
    Keyboard.assertEveryControlOfTheDialogReachedByTab(
        "revoke at " + windowSize, "#authorization-revoke-dialog");
    card.$("#authorization-status-" + id).shouldHave(exactText(valid)); // Escape revoked nothing
    card.$("#authorization-revoke-" + id).click();
    $("#authorization-revoke-confirm").shouldBe(visible).click();

    $("[data-authorization='" + id + "'] #authorization-status-" + id)
        .shouldHave(exactText(revoked));
    $("#authorizations-message").shouldHave(text("Theo Grant"));
    $("#authorization-revoke-" + id).shouldNot(com.codeborne.selenide.Condition.exist);
  }

  /**
   * Renee acts for Jolie, who turns 18 three weeks after the demo data is loaded: the switcher's
   * choice survives the round trip to Keycloak, the text says she signs as the guardian, and the
   * authorization (30 days by default) ends at Jolie's majority, which the review, the
   * authorization and the list say.
   */
  @Test
  void aGuardianSignsForAMinorAndTheAuthorizationEndsAtMajority() {
    Browser.open(Browser.PHONE, "en-US");
    Browser.visit("/account");
    Browser.signInAtKeycloak(RENEE);
    $("#account-switcher").shouldBe(visible).click();
    $$("vaadin-select-list-box vaadin-select-item")
        .filterBy(visible)
        .findBy(exactText("Jolie Broussard"))
        .click();
    $("#acting-text").shouldHave(text("Jolie Broussard"));
    $("#link-authorizations").click();
    $("#authorization-new").click();

    fillTerms("Theo Grant", null, 0);
    $("#authorization-review").click();
    $("#authorization-as-guardian").shouldBe(visible);
    $("#authorization-ends-at-majority").shouldHave(text("Ends at majority"));
    $("#authorization-text").shouldHave(text("Jolie Broussard"), text("Renee Broussard"));
    signAfterFreshSignIn("Renee Broussard", RENEE);

    assertThat($("#authorization-code").shouldBe(visible).getText()).matches(CODE);
    $("#acting-text").shouldHave(text("Jolie Broussard"));
    String id = $("#authorization-view").getAttribute("href").replaceAll(".*/", "");
    $("#authorization-view").click();
    $("#authorization-ends-at-majority").shouldHave(text("18th birthday"));
    $("#authorization-signed").shouldHave(text("guardian"));
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("authorization-guardian-phone");
    $("#authorization-back").click();
    $("[data-authorization='" + id + "']").shouldHave(text("Ends at majority"));
  }

  /** Fills the form; {@code categories} are positions in its list (0 profile, 1 loans, 2 holds). */
  private static void fillTerms(String grantee, String card, int... categories) {
    $("#grantee-name input").shouldBe(visible).setValue(grantee);
    if (card != null) {
      $("#grantee-card input").setValue(card);
    }
    for (int category : categories) {
      $$("#categories vaadin-checkbox").get(category).click();
    }
    $("#reading-history").shouldNotHave(attribute("checked"));
    $("#purpose textarea").setValue("To pick up my holds while I am away");
  }

  /** Types the name, ticks the statement, types the password again at Keycloak and comes back. */
  private static void signAfterFreshSignIn(String name, String username) {
    $("#typed-name input").setValue(name);
    $("#statement").click();
    $("#authorization-sign").click();

    // Keycloak asks for the password although its session is alive (prompt=login, max_age=0)
    $("#password").shouldBe(visible, Duration.ofSeconds(30));
    SelenideElement user = $("#username");
    if (user.exists() && user.isDisplayed() && user.getAttribute("readonly") == null) {
      user.setValue(username);
    }
    $("#password").setValue(DemoUsers.password(username));
    $("#kc-login").click();
    Browser.waitForVaadin();
  }

  private static String pdfText(File pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
