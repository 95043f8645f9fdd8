package org.privacyportal.systemtests.details;

import static com.codeborne.selenide.Condition.hidden;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.Keyboard;
import org.privacyportal.systemtests.support.TestStack;

/**
 * Update my details, end to end through the real Keycloak login: the demo patron asks to change
 * their e-mail address and sees it pending; staff reject it with a reason in their list; the patron
 * sees the reason; then a second request is approved and the patron sees the new address. Only the
 * e-mail address changes (no other test reads it), and each run puts the demo patron's address back
 * as it was, through the same API, whatever happened in between.
 */
@BrowserTest
class DetailChangesBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REASON = "Please confirm the new address at the desk first.";

  private final TestStack stack = TestStack.get();

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
  void aRequestIsRejectedWithAReasonThenAnotherApproved(String windowSize) throws Exception {
    String patronId = patron().get("id").asText();
    String original = patron().get("email").asText();
    String rejected = "alice.rejected." + windowSize + "@example.org";
    String approved = "alice.approved." + windowSize + "@example.org";
    try {
      // the patron asks, and sees the request pending
      asPatron(windowSize);
      $("#details-current-email").shouldHave(text(original));
      Browser.assertNoAccessibilityViolations();
      noHorizontalScroll(windowSize);
      Selenide.screenshot("details-form-" + windowSize);
      requestEmail(rejected);
      $("#details-pending").shouldBe(visible).shouldHave(text("Pending staff approval"));
      $("#details-pending-email").shouldHave(text(rejected));
      $("#details-status").shouldHave(text("pending staff approval"));
      $("#details-form").shouldNot(visible);
      $("#details-current-email").shouldHave(text(original));
      Browser.assertNoAccessibilityViolations();
      noHorizontalScroll(windowSize);
      Selenide.screenshot("details-pending-" + windowSize);

      // staff reject it with a reason
      asStaff(windowSize);
      SelenideElement request = staffItem(rejected);
      request.shouldHave(text("Alice Nguyen")).shouldHave(text(original));
      Browser.assertNoAccessibilityViolations();
      noHorizontalScroll(windowSize);
      Selenide.screenshot("staff-detail-changes-" + windowSize);
      request.$("vaadin-button[id^='staff-reject-']").click();
      $("#staff-reject-confirm").shouldBe(visible);
      Keyboard.assertEveryControlOfTheDialogReachedByTab(
          "staff reject at " + windowSize, "#staff-reject-dialog");
      request
          .$("vaadin-button[id^='staff-reject-']")
          .shouldBe(visible)
          .click(); // Escape rejected nothing
      $("#staff-reject-confirm")
          .shouldBe(visible)
          .click(); // without a reason: refused in the dialog
      $("#staff-reject-reason").shouldHave(text("at least 5 characters"));
      Browser.assertNoAccessibilityViolations();
      $("#staff-reject-reason textarea").setValue(REASON).pressTab();
      Selenide.screenshot("staff-reject-dialog-" + windowSize);
      $("#staff-reject-confirm").click();
      $("#staff-reject-confirm").shouldBe(hidden);
      $("#staff-details-status").shouldHave(text("Rejected"));
      $$(".details-staff-item").findBy(text(rejected)).shouldNot(visible);

      // the patron sees the reason, and may ask again
      asPatron(windowSize);
      $$(".details-decided-item")
          .first()
          .shouldHave(text("Not approved"))
          .shouldHave(text(REASON))
          .shouldHave(text(rejected));
      $("#details-current-email").shouldHave(text(original));
      Browser.assertNoAccessibilityViolations();
      Selenide.screenshot("details-rejected-" + windowSize);
      requestEmail(approved);
      $("#details-pending-email").shouldHave(text(approved));

      // staff approve the second one
      asStaff(windowSize);
      staffItem(approved).$("vaadin-button[id^='staff-approve-']").click();
      $("#staff-details-status").shouldHave(text("Approved"));

      // the patron's details now have it
      asPatron(windowSize);
      $("#details-current-email").shouldHave(text(approved));
      // newest first; Selenide's text() is a case-insensitive substring, so rule out "Not approved"
      $$(".details-decided-item")
          .first()
          .shouldHave(text("Approved"))
          .shouldNotHave(text("Not approved"))
          .shouldHave(text(approved));
      $("#details-form").shouldBe(visible);
      Browser.assertNoAccessibilityViolations();
      noHorizontalScroll(windowSize);
    } finally {
      restore(patronId, original);
    }
    assertThat(patron().get("email").asText()).isEqualTo(original);
  }

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE})
  void spanishFormAndAnInvalidValueNamedOnItsField(String windowSize) {
    Browser.open(windowSize, "es-ES");
    Browser.visit("/details");
    Browser.signInAtKeycloak(DemoUsers.PATRON);

    $("h1").shouldHave(text("Mis datos de contacto"));
    $("#details-form").shouldHave(text("Pedir un cambio"));
    $("#details-postal-code input").setValue("7060").pressTab();
    $("#details-send").click();

    // refused by the backend, named on the field in Spanish; nothing was sent for approval
    $("#details-form-problem").shouldHave(text("Revise los campos marcados"));
    $("#details-postal-code").shouldHave(text("Escriba un código postal"));
    $("#details-pending").shouldNot(visible);
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("details-error-es-" + windowSize);
    assertThat(Browser.pageLanguage()).isEqualTo("es");
  }

  private void asPatron(String windowSize) {
    Browser.open(windowSize, "en-US");
    Browser.visit("/details");
    Browser.signInAtKeycloak(DemoUsers.PATRON);
    $("#details-current").shouldBe(visible);
  }

  private void asStaff(String windowSize) {
    Browser.open(windowSize, "en-US");
    Browser.visit("/staff/detail-changes");
    Browser.signInAtKeycloak(DemoUsers.STAFF);
    $("#staff-details-count").shouldBe(visible);
  }

  private static void requestEmail(String email) {
    $("#details-email input").shouldBe(visible).setValue(email).pressTab();
    $("#details-send").click();
  }

  private static SelenideElement staffItem(String requestedEmail) {
    return $$(".details-staff-item").findBy(text(requestedEmail)).shouldBe(visible);
  }

  private static void noHorizontalScroll(String windowSize) {
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
  }

  private JsonNode patron() throws Exception {
    HttpResponse<String> me =
        stack.api().get("/api/v1/me", stack.tokens().accessToken(DemoUsers.PATRON));
    assertThat(me.statusCode()).isEqualTo(200);
    return JSON.readTree(me.body());
  }

  /**
   * Leaves the demo patron as the test found them: a request still pending is rejected, and a
   * changed e-mail address is changed back (asked and approved through the API, like any change).
   */
  private void restore(String patronId, String original) throws Exception {
    String path = "/api/v1/patrons/" + patronId + "/details/changes";
    String patron = stack.tokens().accessToken(DemoUsers.PATRON);
    String staff = stack.tokens().accessToken(DemoUsers.STAFF);
    JsonNode view = JSON.readTree(stack.api().get(path, patron).body());
    if (!view.path("pending").isNull() && view.has("pending")) {
      stack
          .api()
          .post(
              "/api/v1/staff/detail-changes/" + view.at("/pending/id").asText() + "/reject",
              staff,
              "{\"reason\":\"Test clean-up\"}");
    }
    if (!original.equals(view.at("/current/email").asText())) {
      HttpResponse<String> asked =
          stack.api().post(path, patron, JSON.createObjectNode().put("email", original).toString());
      assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
      String id = JSON.readTree(asked.body()).get("id").asText();
      assertThat(
              stack
                  .api()
                  .post("/api/v1/staff/detail-changes/" + id + "/approve", staff, "{}")
                  .statusCode())
          .isEqualTo(200);
    }
  }
}
