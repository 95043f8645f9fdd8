package org.privacyportal.frontend.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A fresh sign-in for a step that needs one (signing a written authorization,
 * docs/authorizations-ui.md): the browser goes to Keycloak again with {@code prompt=login} and
 * {@code max_age=0}, so the password is typed again whatever session Keycloak still has, and comes
 * back to the page that asked with new tokens in the session (the next backend call carries an
 * access token whose {@code auth_time} is now).
 *
 * <p>A page calls {@link #returnTo} with its own path, then sends the browser to {@link
 * #SIGN_IN_AGAIN}. {@link StepUpLogin} adds the two parameters only to that request; {@link
 * StepUpReturn} sends the browser back to the stored path after the sign-in. A plain sign-in
 * forgets the stored path, so it never lands on a signing page.
 */
public final class StepUp {

  static final String PARAMETER = "step-up";
  static final String SIGN = "sign";

  /** Where the fresh sign-in starts (relative to the portal's root, as a page's link needs it). */
  public static final String SIGN_IN_AGAIN =
      SecurityConfig.LOGIN_PATH.substring(1) + "?" + PARAMETER + "=" + SIGN;

  /** The session attribute holding the path to come back to. */
  static final String RETURN_ATTRIBUTE = StepUp.class.getName() + ".return";

  private StepUp() {}

  /**
   * Come back to {@code path} (a path of this portal, e.g. {@code
   * /account/authorizations/new?step=sign}) after the next fresh sign-in of this session.
   */
  public static void returnTo(String path) {
    if (!isLocalPath(path)) {
      throw new IllegalArgumentException("not a path of the portal");
    }
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null && session.getSession() != null) {
      session.getSession().setAttribute(RETURN_ATTRIBUTE, path);
    }
  }

  /**
   * When the signed-in person last typed their password at Keycloak (the ID token's {@code
   * auth_time}), if known.
   */
  public static Optional<Instant> signedInAt(AuthenticationContext authentication) {
    return authentication.getAuthenticatedUser(OidcUser.class).map(OidcUser::getAuthenticatedAt);
  }

  /** True for a fresh sign-in asked for by {@link #SIGN_IN_AGAIN}. */
  static boolean requested(HttpServletRequest request) {
    return SIGN.equals(request.getParameter(PARAMETER));
  }

  /** The stored path, taken out of the session (it serves once). */
  static Optional<String> takeReturnPath(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object path = session.getAttribute(RETURN_ATTRIBUTE);
    session.removeAttribute(RETURN_ATTRIBUTE);
    return path instanceof String local && isLocalPath(local)
        ? Optional.of(local)
        : Optional.empty();
  }

  /** Forgets the stored path (a plain sign-in). */
  static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(RETURN_ATTRIBUTE);
    }
  }

  /** Only a path on this host: never another site ("//host", "/\host", a scheme). */
  static boolean isLocalPath(String path) {
    return path != null
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.contains("\\")
        && path.chars().noneMatch(Character::isISOControl);
  }
}
