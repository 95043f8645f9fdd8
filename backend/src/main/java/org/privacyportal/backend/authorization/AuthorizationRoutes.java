package org.privacyportal.backend.authorization;

import java.util.List;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.auth.ApiRole;

/**
 * The routes and mappers of written authorizations made in the portal; {@link BackendApp} registers
 * them.
 */
public final class AuthorizationRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of(AuthorizationMapper.class);

  private AuthorizationRoutes() {}

  public static void register(BackendApp.Wiring wiring) {
    AuthorizationSettings settings = wiring.services().authorizations();
    AuthorizationHandlers handlers =
        new AuthorizationHandlers(
            new Authorizations(wiring.core(), settings.signatureMaxAge()),
            wiring.services().profile(),
            settings);
    String base = AuthorizationHandlers.BASE;
    // Any signed-in account may ask; the access core decides (self-service: the patron or their
    // guardian only).
    wiring.routes().post(base + "/preview", handlers.preview(), ApiRole.AUTHENTICATED);
    wiring.routes().post(base, handlers.sign(), ApiRole.AUTHENTICATED);
    wiring.routes().get(base + "/{authorizationId}", handlers.get(), ApiRole.AUTHENTICATED);
    wiring
        .routes()
        .get(base + "/{authorizationId}/document.pdf", handlers.document(), ApiRole.AUTHENTICATED);
    wiring
        .routes()
        .post(base + "/{authorizationId}/revocation", handlers.revoke(), ApiRole.AUTHENTICATED);
  }
}
