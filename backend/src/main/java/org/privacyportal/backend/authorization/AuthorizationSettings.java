package org.privacyportal.backend.authorization;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings of written authorizations (README, configuration).
 *
 * @param signatureMaxAge PORTAL_SIGNATURE_MAX_AGE: how long ago the signer may have signed in at
 *     Keycloak (the token's auth_time) for a signature to be accepted
 * @param frontendUrl PORTAL_FRONTEND_URL: where the portal's pages are, for the QR code of the
 *     printable document (the staff desk's verification page)
 */
public record AuthorizationSettings(Duration signatureMaxAge, URI frontendUrl) {

  public static final URI DEFAULT_FRONTEND_URL = URI.create("http://localhost:8080");

  public static final AuthorizationSettings DEFAULTS =
      new AuthorizationSettings(Authorizations.DEFAULT_SIGNATURE_MAX_AGE, DEFAULT_FRONTEND_URL);

  public AuthorizationSettings {
    Objects.requireNonNull(signatureMaxAge, "signatureMaxAge");
    Objects.requireNonNull(frontendUrl, "frontendUrl");
    if (signatureMaxAge.isNegative() || signatureMaxAge.isZero()) {
      throw new IllegalArgumentException("signatureMaxAge must be positive");
    }
  }
}
