package org.privacyportal.systemtests.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.TestStack;

/**
 * The real Keycloak's access token carries {@code auth_time} (through the realm's default "basic"
 * client scope), which the backend needs to accept a signed written authorization only after a
 * fresh sign-in (docs/authorizations.md). The signature is sent with a wrong typed name on purpose:
 * the answer is the name check's (which comes after the sign-in check), so nothing is stored.
 */
class SignInTimeIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestStack stack = TestStack.get();

  @Test
  void theAccessTokenCarriesTheSignInTimeAndTheBackendAcceptsItForASignature() throws Exception {
    String token = stack.tokens().accessToken(DemoUsers.THIRD_PARTY);
    Object authTime = SignedJWT.parse(token).getJWTClaimsSet().getClaim("auth_time");
    assertThat(authTime).as("auth_time in the access token").isNotNull();
    Instant signedIn = ((Date) authTime).toInstant();
    assertThat(Duration.between(signedIn, Instant.now()).abs()).isLessThan(Duration.ofMinutes(2));

    String patronId = JSON.readTree(stack.api().get("/api/v1/me", token).body()).get("id").asText();
    String base = "/api/v1/patrons/" + patronId + "/written-authorizations";
    String form =
        "{\"granteeName\":\"Pat Helper\",\"categories\":[\"holds\"],"
            + "\"purpose\":\"Checking the sign-in time.\",\"language\":\"en\"}";
    HttpResponse<String> preview = stack.api().post(base + "/preview", token, form);
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    String hash = JSON.readTree(preview.body()).get("textHash").asText();

    HttpResponse<String> signed =
        stack
            .api()
            .post(
                base,
                token,
                form.substring(0, form.length() - 1)
                    + ",\"textHash\":\""
                    + hash
                    + "\",\"typedName\":\"Not The Signer\",\"statementAccepted\":true}");

    JsonNode problem = JSON.readTree(signed.body());
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(400);
    assertThat(problem.get("errors").get("typedName").asText()).isEqualTo("NAME_MISMATCH");
  }
}
