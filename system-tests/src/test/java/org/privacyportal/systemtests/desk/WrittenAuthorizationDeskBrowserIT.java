package org.privacyportal.systemtests.desk;

import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.TestStack;

/**
 * A written authorization from the desk to "Shared with me", through the real Keycloak login: the
 * demo patron (Alice) authorizes Theo Grant (the {@code thirdparty} login) through the patron's API
 * and gets its verification code; staff check the code at the desk (prefilled as the printed QR
 * code opens the page), record the ID type and see the covered categories; Alice's access log then
 * names Theo Grant on the ground of her written authorization; Theo sees it under "Shared with me"
 * and opens the records under a banner; Alice revokes it and it is gone at once. At 360 px in
 * English and at desktop size in Spanish, each page checked with axe.
 */
@BrowserTest
class WrittenAuthorizationDeskBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestStack stack = TestStack.get();

  @ParameterizedTest
  @CsvSource({
    Browser.PHONE
        + ", en-US, Check a written authorization, Theo Grant, Current loans,"
        + " These are the records of, Nothing shared with you",
    Browser.DESKTOP
        + ", es-ES, Verificar una autorización escrita, Theo Grant, Préstamos actuales,"
        + " Estos son los registros de, Nada compartido con usted"
  })
  void checkedAtTheDeskSharedWithTheGranteeAndGoneWhenRevoked(
      String windowSize,
      String language,
      String deskHeading,
      String grantee,
      String loans,
      String banner,
      String nothingShared)
      throws Exception {
    JsonNode alice = me(DemoUsers.PATRON);
    String aliceName = alice.get("firstName").asText() + " " + alice.get("lastName").asText();
    JsonNode created = authorizeTheo(alice);
    String authorizationId = created.get("id").asText();
    String code = created.get("verificationCode").asText();
    try {
      // staff at the desk: the QR code opens the page with the code filled in
      Browser.open(windowSize, language);
      Browser.visit("/staff/authorization-check?code=" + code);
      Browser.signInAtKeycloak(DemoUsers.STAFF);
      $("h1").shouldHave(text(deskHeading));
      $("#desk-check-code input").shouldHave(com.codeborne.selenide.Condition.value(code));
      Browser.assertNoAccessibilityViolations();
      $("#desk-check-id-type").click();
      $$("vaadin-select-item").first().shouldBe(visible).click();
      $("#desk-check-submit").click();
      $("#desk-check-patron").shouldHave(text(aliceName));
      $("#desk-check-grantee").shouldHave(text(grantee));
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
      $("#access-ground-0").shouldHave(text(grantee));

      // the grantee's "Shared with me", and the records under a banner
      Browser.open(windowSize, language);
      Browser.visit("/account");
      Browser.signInAtKeycloak(DemoUsers.THIRD_PARTY);
      $("#link-shared").shouldBe(visible).click();
      $("#shared-list").shouldHave(text(aliceName));
      Browser.assertNoAccessibilityViolations();
      Browser.assertNoSidewaysScroll();
      $("#shared-" + authorizationId + "-loans").shouldBe(visible).click();
      $("#shared-banner").shouldHave(text(banner)).shouldHave(text(aliceName));
      $("#shared-records-list, #shared-records-notice").shouldBe(visible);
      Browser.assertNoAccessibilityViolations();
      Browser.assertNoSidewaysScroll();
      Selenide.screenshot("shared-records-" + windowSize);

      // revoked: gone at once
      revoke(alice, authorizationId);
      Selenide.refresh();
      $("#shared-banner").shouldNot(visible);
      $("#shared-records-notice").shouldBe(visible);
      Browser.visit("/shared");
      $("#shared-" + authorizationId + "-loans").shouldNot(visible);
      if (!$("#shared-list").exists()) {
        $("#shared-notice").shouldHave(text(nothingShared));
      }
    } finally {
      revoke(alice, authorizationId);
    }
  }

  private JsonNode me(String user) throws Exception {
    HttpResponse<String> me = stack.api().get("/api/v1/me", stack.tokens().accessToken(user));
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    return JSON.readTree(me.body());
  }

  /**
   * Alice authorizes Theo Grant, by his card, for her current loans and holds: preview, then sign
   * with the text's hash and her typed name (a password sign-in is a fresh authentication).
   */
  private JsonNode authorizeTheo(JsonNode alice) throws Exception {
    JsonNode theo = me(DemoUsers.THIRD_PARTY);
    String token = stack.tokens().accessToken(DemoUsers.PATRON);
    String path = "/api/v1/patrons/" + alice.get("id").asText() + "/written-authorizations";
    ObjectNode form = JSON.createObjectNode();
    form.put("granteeName", theo.get("firstName").asText() + " " + theo.get("lastName").asText());
    form.put("granteeCardNumber", theo.get("cardNumber").asText());
    form.putArray("categories").add("loans").add("holds");
    form.put("includeReadingHistory", false);
    form.put("purpose", "Picking up my holds while I travel.");
    form.put("language", "en");
    HttpResponse<String> preview = stack.api().post(path + "/preview", token, form.toString());
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    form.put("textHash", JSON.readTree(preview.body()).get("textHash").asText());
    form.put("typedName", alice.get("firstName").asText() + " " + alice.get("lastName").asText());
    form.put("statementAccepted", true);
    HttpResponse<String> signed = stack.api().post(path, token, form.toString());
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
    return JSON.readTree(signed.body());
  }

  /** Revokes it as Alice; already revoked (409) is fine. */
  private void revoke(JsonNode alice, String authorizationId) {
    HttpResponse<String> revoked =
        stack
            .api()
            .post(
                "/api/v1/patrons/"
                    + alice.get("id").asText()
                    + "/written-authorizations/"
                    + authorizationId
                    + "/revocation",
                stack.tokens().accessToken(DemoUsers.PATRON),
                "{}");
    assertThat(revoked.statusCode()).as(revoked.body()).isIn(200, 409);
  }
}
