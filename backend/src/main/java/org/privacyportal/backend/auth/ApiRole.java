package org.privacyportal.backend.auth;

import io.javalin.security.RouteRole;

/**
 * Route roles. Every route needs a valid access token unless it is marked {@link #OPEN} (deny by
 * default). The other values name the realm roles a route requires; a route with only {@link
 * #AUTHENTICATED} (or with no role at all) is open to any signed-in account.
 */
public enum ApiRole implements RouteRole {
  /** No token needed (health check). */
  OPEN(null),
  /** Any valid access token. */
  AUTHENTICATED(null),
  PATRON("patron"),
  STAFF("staff"),
  DIRECTOR("director");

  private final String realmRole;

  ApiRole(String realmRole) {
    this.realmRole = realmRole;
  }

  /** The Keycloak realm role this route role stands for, or {@code null} for the markers. */
  public String realmRole() {
    return realmRole;
  }
}
