package org.privacyportal.backend.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Set;
import org.privacyportal.backend.http.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before every matched route (Javalin 7 has no access manager: this is its replacement). Deny
 * by default: a route needs a valid bearer access token unless it carries {@link ApiRole#OPEN}; a
 * route naming realm roles also needs one of them.
 */
public final class AuthHandler implements Handler {

  private static final String USER_ATTRIBUTE = AuthenticatedUser.class.getName();
  private static final String BEARER_PREFIX = "bearer ";
  private static final Logger LOG = LoggerFactory.getLogger(AuthHandler.class);

  private final TokenValidator validator;

  public AuthHandler(TokenValidator validator) {
    this.validator = validator;
  }

  /** The signed-in user of a route that passed this handler. */
  public static AuthenticatedUser user(Context ctx) {
    AuthenticatedUser user = ctx.attribute(USER_ATTRIBUTE);
    if (user == null) {
      // Only reachable if an OPEN route asks for a user: a programming error, not a client's.
      throw new IllegalStateException("No authenticated user on this route");
    }
    return user;
  }

  @Override
  public void handle(Context ctx) {
    Set<RouteRole> routeRoles = ctx.routeRoles();
    if (routeRoles.contains(ApiRole.OPEN)) {
      return;
    }
    AuthenticatedUser user = authenticate(ctx);
    ctx.attribute(USER_ATTRIBUTE, user);
    if (!hasRequiredRole(user, routeRoles)) {
      throw ApiProblem.forbidden();
    }
  }

  private AuthenticatedUser authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER_PREFIX)) {
      throw ApiProblem.unauthorized(false);
    }
    try {
      return validator.validate(header.substring(BEARER_PREFIX.length()).strip());
    } catch (InvalidTokenException e) {
      LOG.debug("Bearer token refused: {}", e.getMessage());
      throw ApiProblem.unauthorized(true);
    }
  }

  /** True when the route names no realm role, or the user holds at least one of those named. */
  private static boolean hasRequiredRole(AuthenticatedUser user, Set<RouteRole> routeRoles) {
    boolean anyRequired = false;
    for (RouteRole role : routeRoles) {
      if (role instanceof ApiRole apiRole && apiRole.realmRole() != null) {
        anyRequired = true;
        if (user.hasRole(apiRole.realmRole())) {
          return true;
        }
      }
    }
    return !anyRequired;
  }
}
