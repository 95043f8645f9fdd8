package org.privacyportal.backend.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who a validated access token speaks for. Holds only identifiers and roles, never names or e-mail
 * addresses, so it is safe to keep in the token cache and to pass around.
 *
 * @param subject the token's {@code sub}: the Keycloak user id
 * @param roles the realm roles from {@code realm_access.roles}
 * @param impersonatorId the Keycloak user id of the staff member when Keycloak issued the token
 *     through impersonation (the {@code impersonator} claim), else {@code null}. Such a token is
 *     never "self" access to the impersonated patron's records.
 * @param expiresAt the token's {@code exp}
 * @param authTime the token's {@code auth_time}: when the person last signed in with their password
 *     at Keycloak (a refreshed token keeps it), or {@code null} when the token has none. A
 *     signature needs a recent one (docs/authorizations.md).
 */
public record AuthenticatedUser(
    String subject, Set<String> roles, String impersonatorId, Instant expiresAt, Instant authTime) {

  /** A token without {@code auth_time}. */
  public AuthenticatedUser(
      String subject, Set<String> roles, String impersonatorId, Instant expiresAt) {
    this(subject, roles, impersonatorId, expiresAt, null);
  }

  public AuthenticatedUser {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(expiresAt, "expiresAt");
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean isImpersonated() {
    return impersonatorId != null;
  }

  public Optional<String> impersonator() {
    return Optional.ofNullable(impersonatorId);
  }

  /** When the person last signed in, if the token says. */
  public Optional<Instant> signedInAt() {
    return Optional.ofNullable(authTime);
  }
}
