package org.privacyportal.systemtests.desk;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.value;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.TestStack;

/**
 * Written authorizations at the staff desk and under "Shared with me", through the real Keycloak
 * login. The demo patron (Alice) reads the verification code of the authorization she gave Minh
 * Nguyen through her own API (as she would print it); staff check the code at the desk (filled in
 * as the printed QR code opens the page), record the ID type and read a covered category; Alice's
 * access log then names Minh Nguyen on the ground of her written authorization. Theo Grant (the
 * {@code thirdparty} login) finds Evelyn Carter's authorization under "Shared with me" and opens
 * her records under a banner. At 360 px in English and at desktop size in Spanish, axe on each
 * page. Nothing is changed but the access log and the checks (revocation "at once" is shown by the
 * backend's SharedWithMeApiTest and AccessMatrixTest).
 */
@BrowserTest
@Isolated // checks the newest entry of the demo patron's access log: no other test may add one
// meanwhile
class WrittenAuthorizationDeskBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GRANTEE = "Minh Nguyen";

  private final TestStack stack = TestStack.get();

  @ParameterizedTest
  @CsvSource({
    Browser.PHONE
        + ", en-US, Check a written authorization, Current loans, These are the records of",
    Browser.DESKTOP
        + ", es-ES, Verificar una autorización escrita, Préstamos actuales, Estos son los registros de"
  })
  void checkedAtTheDeskLoggedForTheGranteeAndSharedUnderABanner(
      String windowSize, String language, String deskHeading, String loans, String banner)
      throws Exception {
    JsonNode alice = me();
    String aliceName = alice.get("firstName").asText() + " " + alice.get("lastName").asText();
    String code = verificationCode(alice.get("id").asText());

    // staff at the desk: the QR code opens the page with the code filled in
    Browser.open(windowSize, language);
    Browser.visit("/staff/authorization-check?code=" + code);
    Browser.signInAtKeycloak(DemoUsers.STAFF);
    $("h1").shouldHave(text(deskHeading));
    $("#desk-check-code input").shouldHave(value(code));
    Browser.assertNoAccessibilityViolations();
    $("#desk-check-id-type").click();
    $$("vaadin-select-item").first().shouldBe(visible).click();
    $("#desk-check-submit").click();
    $("#desk-check-patron").shouldHave(text(aliceName));
    $("#desk-check-grantee").shouldHave(text(GRANTEE));
    $("#desk-check-show-loans").shouldBe(visible).click();
    $("#desk-check-category").shouldHave(text(loans));
    $("#desk-check-records-list, #desk-check-records-notice").shouldBe(visible);
    Browser.assertNoAccessibilityViolations();
    Browser.assertNoSidewaysScroll();
    Selenide.screenshot("desk-check-" + windowSize);

    // the patron's access log names the grantee, on the ground of her written authorization
    Browser.open(windowSize, language);
    Browser.visit("/access-log");
    Browser.signInAtKeycloak(DemoUsers.PATRON);
    $("#access-ground-0").shouldHave(text(GRANTEE));

    // the grantee's "Shared with me", and the records under a banner
    Browser.open(windowSize, language);
    Browser.visit("/account");
    Browser.signInAtKeycloak(DemoUsers.THIRD_PARTY);
    $("#link-shared").shouldBe(visible).click();
    $("#shared-list").shouldHave(text("Evelyn Carter"));
    Browser.assertNoAccessibilityViolations();
    Browser.assertNoSidewaysScroll();
    Selenide.screenshot("shared-" + windowSize);
    $$(".shared-category-link").first().click();
    $("#shared-banner").shouldHave(text(banner)).shouldHave(text("Evelyn Carter"));
    $("#shared-records-list, #shared-records-notice").shouldBe(visible);
    Browser.assertNoAccessibilityViolations();
    Browser.assertNoSidewaysScroll();
    Selenide.screenshot("shared-records-" + windowSize);
  }

  private JsonNode me() throws Exception {
    HttpResponse<String> me =
        stack.api().get("/api/v1/me", stack.tokens().accessToken(DemoUsers.PATRON));
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    return JSON.readTree(me.body());
  }

  /** The code of Alice's authorization for Minh Nguyen, as her own authorization page shows it. */
  private String verificationCode(String aliceId) throws Exception {
    String token = stack.tokens().accessToken(DemoUsers.PATRON);
    HttpResponse<String> list =
        stack.api().get("/api/v1/patrons/" + aliceId + "/authorizations?size=100", token);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    String id = null;
    for (JsonNode item : JSON.readTree(list.body()).get("items")) {
      if (GRANTEE.equals(item.get("granteeName").asText()) && item.get("revokedAt").isNull()) {
        id = item.get("id").asText();
      }
    }
    assertThat(id).as("the demo's authorization for " + GRANTEE).isNotNull();
    HttpResponse<String> one =
        stack.api().get("/api/v1/patrons/" + aliceId + "/written-authorizations/" + id, token);
    assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
    return JSON.readTree(one.body()).get("verificationCode").asText();
  }
}
