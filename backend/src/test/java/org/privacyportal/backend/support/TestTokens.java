package org.privacyportal.backend.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Signs tokens shaped like Keycloak's access tokens with a locally generated RSA key. */
public final class TestTokens {

  public static final String ISSUER = "http://localhost:8180/realms/library";
  public static final String AUDIENCE = "portal-api";

  private final RSAKey key;

  public TestTokens() {
    this.key = newKey("test-key-1");
  }

  public static RSAKey newKey(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public RSAKey key() {
    return key;
  }

  /** The public keys, as the realm's JWKS endpoint would publish them. */
  public JWKSet publicJwkSet() {
    return new JWKSet(key.toPublicJWK());
  }

  /** Claims of a fresh access token for this subject, as Keycloak writes them. */
  public JWTClaimsSet.Builder accessClaims(String subject, String... roles) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .jwtID(UUID.randomUUID().toString())
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(subject)
        .claim("typ", "Bearer")
        .claim("azp", "portal-frontend")
        .claim("realm_access", Map.of("roles", List.of(roles)))
        // Keycloak puts the sign-in time in every access token (client scope "basic"); a signature
        // needs a recent one (docs/authorizations.md).
        .claim("auth_time", now.getEpochSecond())
        .issueTime(java.util.Date.from(now))
        .expirationTime(java.util.Date.from(now.plusSeconds(300)));
  }

  public String accessToken(String subject, String... roles) {
    return sign(accessClaims(subject, roles).build());
  }

  public String sign(JWTClaimsSet claims) {
    return sign(claims, key, JWSAlgorithm.RS256);
  }

  public static String sign(JWTClaimsSet claims, RSAKey signingKey, JWSAlgorithm algorithm) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(algorithm)
                  .type(JOSEObjectType.JWT)
                  .keyID(signingKey.getKeyID())
                  .build(),
              claims);
      jwt.sign(new RSASSASigner(signingKey));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
