package org.privacyportal.backend.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates Keycloak access tokens: RS256 signature from the realm's JWK set, header typ "JWT",
 * claim typ "Bearer" (so an ID token, typ "ID", is refused), the configured issuer, an audience
 * containing the API's, exp/nbf with at most {@value #MAX_CLOCK_SKEW_SECONDS} s of clock skew, and
 * sub/exp/iat present. Anything else (alg none, HMAC, unknown key, altered payload) fails.
 */
public final class TokenValidator {

  /** Keycloak and the backend run on synchronised hosts; a few seconds is ample. */
  public static final int MAX_CLOCK_SKEW_SECONDS = 2;

  /** A Keycloak access token is 1-3 KB; anything far larger is not one of ours. */
  private static final int MAX_TOKEN_LENGTH = 16 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(TokenValidator.class);

  private final ConfigurableJWTProcessor<SecurityContext> processor;
  private final ValidatedTokenCache cache;

  public TokenValidator(JWKSource<SecurityContext> keys, String issuer, String audience) {
    this(keys, issuer, audience, Clock.systemUTC());
  }

  TokenValidator(JWKSource<SecurityContext> keys, String issuer, String audience, Clock clock) {
    DefaultJWTProcessor<SecurityContext> jwtProcessor = new DefaultJWTProcessor<>();
    jwtProcessor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
    // A single accepted algorithm: the key selector returns no key for none, HS256 or ES256,
    // so the "HMAC with the public key" and "alg none" tricks fail before any verification.
    jwtProcessor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            Set.of(audience),
            new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
            Set.of("sub", "exp", "iat"),
            null);
    claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
    jwtProcessor.setJWTClaimsSetVerifier(claims);
    this.processor = jwtProcessor;
    this.cache = new ValidatedTokenCache(10_000, clock);
  }

  /**
   * A validator that fetches the realm's keys from its JWKS endpoint, caching them and limiting
   * refreshes (an unknown kid triggers at most one refetch per rate-limit interval).
   */
  public static TokenValidator forRemoteJwks(URI jwksUri, String issuer, String audience) {
    try {
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.<SecurityContext>create(
                  jwksUri.toURL(), new DefaultResourceRetriever(2_000, 2_000, 256 * 1024))
              .retrying(true)
              // Keep using the last keys fetched while Keycloak is unreachable, rather than
              // refusing every token during a short outage or restart of Keycloak.
              .outageTolerant(true)
              .build();
      return new TokenValidator(keys, issuer, audience);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("JWKS URI is not a URL: " + jwksUri, e);
    }
  }

  /** The user the token speaks for, or an exception saying (for the log) why it was refused. */
  public AuthenticatedUser validate(String token) throws InvalidTokenException {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      throw new InvalidTokenException("token missing or of implausible length");
    }
    AuthenticatedUser cached = cache.get(token);
    if (cached != null) {
      return cached;
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(token, null);
    } catch (ParseException | BadJOSEException e) {
      throw new InvalidTokenException(e.getMessage());
    } catch (JOSEException e) {
      // Mostly the JWK set could not be fetched (Keycloak down, rate limit reached).
      LOG.warn(
          "Token could not be checked against the realm keys: {}", e.getClass().getSimpleName());
      throw new InvalidTokenException("key source failure: " + e.getClass().getSimpleName());
    }
    AuthenticatedUser user = toUser(claims);
    cache.put(token, user);
    return user;
  }

  private static AuthenticatedUser toUser(JWTClaimsSet claims) {
    return new AuthenticatedUser(
        claims.getSubject(),
        realmRoles(claims),
        impersonatorId(claims),
        claims.getExpirationTime().toInstant(),
        authTime(claims));
  }

  /**
   * The {@code auth_time} claim (seconds since the epoch, OpenID Connect Core section 2), or null
   * when absent or not a number.
   */
  private static Instant authTime(JWTClaimsSet claims) {
    Object value = claims.getClaim("auth_time");
    return value instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
  }

  private static Set<String> realmRoles(JWTClaimsSet claims) {
    if (claims.getClaim("realm_access") instanceof Map<?, ?> realmAccess
        && realmAccess.get("roles") instanceof Collection<?> roles) {
      return roles.stream()
          .filter(String.class::isInstance)
          .map(String.class::cast)
          .collect(Collectors.toUnmodifiableSet());
    }
    return Set.of();
  }

  /**
   * Keycloak writes {@code "impersonator": {"id": ..., "username": ...}}. Any presence of the claim
   * marks the token as impersonated, even if its shape is unexpected.
   */
  private static String impersonatorId(JWTClaimsSet claims) {
    Object impersonator = claims.getClaim("impersonator");
    if (impersonator == null) {
      return null;
    }
    if (impersonator instanceof Map<?, ?> map
        && map.get("id") instanceof String id
        && !id.isBlank()) {
      return id;
    }
    return "unknown";
  }
}
