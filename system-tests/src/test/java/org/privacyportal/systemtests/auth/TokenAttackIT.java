package org.privacyportal.systemtests.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.privacyportal.systemtests.support.DemoUsers;
import org.privacyportal.systemtests.support.TestRealm;
import org.privacyportal.systemtests.support.TestStack;

/**
 * The token attack set (alg none, HS256 signed with the public key, expired, wrong issuer or
 * audience, an ID token, an altered payload, an unknown key id), over HTTP against the real
 * backend, starting from real tokens of the real Keycloak. Each forged token must get 401; the
 * untouched token is the control that must pass, so a backend that refused everything would fail
 * here too.
 */
class TokenAttackIT {

  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestStack stack = TestStack.get();

  @Test
  void theUntouchedTokenIsAccepted() {
    assertThat(status(stack.tokens().accessToken(DemoUsers.PATRON))).isEqualTo(200);
  }

  @Test
  void algNoneIsRejected() throws Exception {
    String[] parts = stack.tokens().accessToken(DemoUsers.PATRON).split("\\.");
    String header =
        B64URL.encodeToString(
            "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(status(header + "." + parts[1] + ".")).isEqualTo(401);
  }

  @Test
  void hs256SignedWithThePublicKeyIsRejected() throws Exception {
    SignedJWT real = SignedJWT.parse(stack.tokens().accessToken(DemoUsers.PATRON));
    RSAKey publicKey = realmKey(real.getHeader().getKeyID());
    byte[] der = publicKey.toRSAPublicKey().getEncoded();
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der)
            + "\n-----END PUBLIC KEY-----\n";

    for (byte[] secret : new byte[][] {der, pem.getBytes(StandardCharsets.US_ASCII)}) {
      SignedJWT forged =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(real.getHeader().getKeyID()).build(),
              real.getJWTClaimsSet());
      forged.sign(new MACSigner(secret));
      assertThat(status(forged.serialize())).isEqualTo(401);
    }
  }

  @Test
  void expiredTokenIsRejected() throws Exception {
    String token =
        stack
            .tokens()
            .grant(TestRealm.CLIENT_SHORT_LIVED, DemoUsers.PATRON)
            .get("access_token")
            .asText();
    Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
    // past the expiry plus the backend's allowed clock skew (2 s) with a margin
    Duration wait = Duration.between(Instant.now(), expiry.plusSeconds(4));
    if (!wait.isNegative()) {
      Thread.sleep(wait.toMillis());
    }

    assertThat(status(token)).isEqualTo(401);
  }

  @Test
  void tokenOfAnotherIssuerIsRejected() {
    String masterToken = stack.masterRealmAdminToken();

    assertThat(status(masterToken)).isEqualTo(401);
  }

  @Test
  void tokenForAnotherAudienceIsRejected() throws Exception {
    String token =
        stack
            .tokens()
            .grant(TestRealm.CLIENT_NO_AUDIENCE, DemoUsers.PATRON)
            .get("access_token")
            .asText();
    assertThat(SignedJWT.parse(token).getJWTClaimsSet().getAudience()).doesNotContain("portal-api");

    assertThat(status(token)).isEqualTo(401);
  }

  @Test
  void idTokenInPlaceOfAnAccessTokenIsRejected() throws Exception {
    String idToken = stack.tokens().idToken(DemoUsers.PATRON);
    assertThat(SignedJWT.parse(idToken).getJWTClaimsSet().getStringClaim("typ")).isEqualTo("ID");

    assertThat(status(idToken)).isEqualTo(401);
  }

  @Test
  void alteredPayloadIsRejected() throws Exception {
    String[] parts = stack.tokens().accessToken(DemoUsers.PATRON).split("\\.");
    ObjectNode payload = (ObjectNode) JSON.readTree(B64URL_DECODER.decode(parts[1]));
    String minorSubject =
        SignedJWT.parse(stack.tokens().accessToken(DemoUsers.MINOR)).getJWTClaimsSet().getSubject();
    payload.put("sub", minorSubject);
    String altered =
        parts[0] + "." + B64URL.encodeToString(JSON.writeValueAsBytes(payload)) + "." + parts[2];

    assertThat(status(altered)).isEqualTo(401);
  }

  @Test
  void unknownKeyIdIsRejected() throws Exception {
    SignedJWT real = SignedJWT.parse(stack.tokens().accessToken(DemoUsers.PATRON));
    RSAKey attackerKey = new RSAKeyGenerator(2048).keyID("not-a-realm-key").generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(attackerKey.getKeyID())
                .type(real.getHeader().getType())
                .build(),
            new JWTClaimsSet.Builder(real.getJWTClaimsSet()).build());
    forged.sign(new RSASSASigner(attackerKey));

    assertThat(status(forged.serialize())).isEqualTo(401);
  }

  private int status(String token) {
    var response = stack.api().get("/api/v1/me", token);
    if (response.statusCode() == 401) {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
    return response.statusCode();
  }

  private RSAKey realmKey(String keyId) throws Exception {
    JWKSet keys =
        JWKSet.load(URI.create(stack.issuer() + "/protocol/openid-connect/certs").toURL());
    return keys.getKeyByKeyId(keyId).toRSAKey();
  }
}
