package org.privacyportal.backend.accesslog;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.text.ParseException;
import java.util.Locale;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.auth.ApiRole;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.auth.AuthenticatedUser;

/**
 * Runs after {@link AuthHandler} on every matched route: when a staff or director token is used,
 * hands its holder's name to the {@link StaffDirectory}. The name comes from the token's {@code
 * name} claim (Keycloak's "profile" scope; {@code given_name} and {@code family_name} when it is
 * missing). AuthHandler has already validated this very token, so its claims are read as they
 * stand; {@link AuthenticatedUser} stays free of names.
 *
 * <p>An impersonation token is skipped: its name and roles are the impersonated account's.
 */
final class StaffNameRecorder implements Handler {

  private static final String BEARER_PREFIX = "bearer ";

  private final StaffDirectory directory;

  StaffNameRecorder(StaffDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void handle(Context ctx) {
    if (ctx.routeRoles().contains(ApiRole.OPEN)) {
      return;
    }
    AuthenticatedUser user = AuthHandler.user(ctx);
    if (!AccessPolicy.isStaffSignIn(user)) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER_PREFIX)) {
      return;
    }
    directory.record(user.subject(), name(header.substring(BEARER_PREFIX.length()).strip()));
  }

  /** The holder's display name from the token's claims, or null. */
  static String name(String token) {
    try {
      JWTClaimsSet claims = JWTParser.parse(token).getJWTClaimsSet();
      String name = claims.getStringClaim("name");
      if (name != null && !name.isBlank()) {
        return name;
      }
      String given = claims.getStringClaim("given_name");
      String family = claims.getStringClaim("family_name");
      String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
      return joined.isEmpty() ? null : joined;
    } catch (ParseException e) {
      return null; // a claim of another type than text: no name
    }
  }
}
