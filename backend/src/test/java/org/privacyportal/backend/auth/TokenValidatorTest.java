package org.privacyportal.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.JwksServer;
import org.privacyportal.backend.support.TestTokens;

/** The validator against Keycloak-shaped tokens and the usual attacks, keys served over HTTP. */
class TokenValidatorTest {

  private static final String ALICE = "5b0c1a9e-3f7d-4c2a-9e61-2d8f4b7a1c01";

  private static TestTokens tokens;
  private static JwksServer jwks;
  private static TokenValidator validator;

  @BeforeAll
  static void startJwks() {
    tokens = new TestTokens();
    jwks = new JwksServer(tokens.publicJwkSet());
    validator = TokenValidator.forRemoteJwks(jwks.uri(), TestTokens.ISSUER, TestTokens.AUDIENCE);
  }

  @AfterAll
  static void stopJwks() {
    jwks.close();
  }

  @Test
  void acceptsAValidAccessToken() throws Exception {
    AuthenticatedUser user =
        validator.validate(tokens.accessToken(ALICE, "patron", "offline_access"));

    assertThat(user.subject()).isEqualTo(ALICE);
    assertThat(user.roles()).containsExactlyInAnyOrder("patron", "offline_access");
    assertThat(user.isImpersonated()).isFalse();
    assertThat(user.expiresAt()).isAfter(Instant.now());
  }

  @Test
  void acceptsAnAudienceListThatContainsTheApi() throws Exception {
    String token =
        tokens.sign(
            tokens
                .accessClaims(ALICE, "patron")
                .audience(List.of("account", TestTokens.AUDIENCE))
                .build());

    assertThat(validator.validate(token).subject()).isEqualTo(ALICE);
  }

  @Test
  void readsTheSignInTimeWhenTheTokenHasOne() throws Exception {
    long signedIn = Instant.now().getEpochSecond() - 90;
    String withIt =
        tokens.sign(tokens.accessClaims(ALICE, "patron").claim("auth_time", signedIn).build());
    String without =
        tokens.sign(tokens.accessClaims(ALICE, "patron").claim("auth_time", null).build());
    String notANumber =
        tokens.sign(tokens.accessClaims(ALICE, "patron").claim("auth_time", "yesterday").build());

    assertThat(validator.validate(withIt).signedInAt()).contains(Instant.ofEpochSecond(signedIn));
    assertThat(validator.validate(without).signedInAt()).isEmpty();
    assertThat(validator.validate(notANumber).signedInAt()).isEmpty();
  }

  @Test
  void recordsTheImpersonator() throws Exception {
    String token =
        tokens.sign(
            tokens
                .accessClaims(ALICE, "patron")
                .claim(
                    "impersonator",
                    Map.of("id", "2f6d8b40-9c1e-4a57-8d3b-e5f7a2c9b104", "username", "staff"))
                .build());

    AuthenticatedUser user = validator.validate(token);

    assertThat(user.isImpersonated()).isTrue();
    assertThat(user.impersonatorId()).isEqualTo("2f6d8b40-9c1e-4a57-8d3b-e5f7a2c9b104");
  }

  @Test
  void rejectsAlgNone() {
    // Header typ "JWT" like a real token, so that it is the missing signature that fails it.
    String token =
        new PlainJWT(
                new PlainHeader.Builder().type(JOSEObjectType.JWT).build(),
                tokens.accessClaims(ALICE, "patron").build())
            .serialize();

    assertRejected(token, "Unsecured");
  }

  @Test
  void rejectsHs256SignedWithThePublicKey() throws Exception {
    byte[] publicKeyBytes = tokens.key().toRSAPublicKey().getEncoded();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(JOSEObjectType.JWT)
                .keyID(tokens.key().getKeyID())
                .build(),
            tokens.accessClaims(ALICE, "patron").build());
    jwt.sign(new MACSigner(publicKeyBytes));

    assertRejected(jwt.serialize(), "Another algorithm expected");
  }

  @Test
  void rejectsAnotherRsaAlgorithmWithTheRightKey() {
    String token =
        TestTokens.sign(
            tokens.accessClaims(ALICE, "patron").build(), tokens.key(), JWSAlgorithm.RS512);

    assertRejected(token, "Another algorithm expected");
  }

  @Test
  void rejectsAnExpiredToken() {
    Instant past = Instant.now().minusSeconds(600);
    String token =
        tokens.sign(
            tokens
                .accessClaims(ALICE, "patron")
                .issueTime(Date.from(past))
                .expirationTime(Date.from(Instant.now().minusSeconds(10)))
                .build());

    assertRejected(token, "Expired");
  }

  @Test
  void rejectsATokenNotYetValid() {
    String token =
        tokens.sign(
            tokens
                .accessClaims(ALICE, "patron")
                .notBeforeTime(Date.from(Instant.now().plusSeconds(30)))
                .build());

    assertRejected(token, "before use time");
  }

  @Test
  void rejectsAnotherIssuer() {
    String token =
        tokens.sign(
            tokens
                .accessClaims(ALICE, "patron")
                .issuer("http://localhost:8180/realms/master")
                .build());

    assertRejected(token, "iss");
  }

  @Test
  void rejectsAnotherAudience() {
    String token = tokens.sign(tokens.accessClaims(ALICE, "patron").audience("account").build());

    assertRejected(token, "aud");
  }

  @Test
  void rejectsAnIdTokenInPlaceOfAnAccessToken() {
    // Even with the API in its audience, a token of typ "ID" is not an access token.
    String token =
        tokens.sign(
            tokens
                .accessClaims(ALICE, "patron")
                .audience(List.of("portal-frontend", TestTokens.AUDIENCE))
                .claim("typ", "ID")
                .build());

    assertRejected(token, "typ");
  }

  @Test
  void rejectsAnAlteredPayload() {
    String[] parts = tokens.accessToken(ALICE, "patron").split("\\.");
    JWTClaimsSet forged =
        tokens.accessClaims("9a7e3c21-5d4b-4f16-b8e0-3c6a1f9d2e05", "director").build();
    String token = parts[0] + "." + Base64URL.encode(forged.toString()) + "." + parts[2];

    assertRejected(token, "signature");
  }

  @Test
  void rejectsAnUnknownKeyId() {
    RSAKey stranger = TestTokens.newKey("not-in-the-realm");
    String token =
        TestTokens.sign(tokens.accessClaims(ALICE, "patron").build(), stranger, JWSAlgorithm.RS256);

    assertRejected(token, "matching key");
  }

  @Test
  void rejectsAnotherHeaderType() throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(new JOSEObjectType("at+jwt"))
                .keyID(tokens.key().getKeyID())
                .build(),
            tokens.accessClaims(ALICE, "patron").build());
    jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(tokens.key()));

    assertRejected(jwt.serialize(), "type");
  }

  @Test
  void rejectsATokenWithoutSubject() {
    String token = tokens.sign(tokens.accessClaims(ALICE, "patron").subject(null).build());

    assertRejected(token, "sub");
  }

  @Test
  void rejectsGarbage() {
    assertRejected("not.a.token", null);
    assertRejected("", null);
  }

  private static void assertRejected(String token, String reason) {
    var assertion =
        assertThatThrownBy(() -> validator.validate(token))
            .isInstanceOf(InvalidTokenException.class);
    if (reason != null) {
      assertion.hasMessageContaining(reason);
    }
  }
}
