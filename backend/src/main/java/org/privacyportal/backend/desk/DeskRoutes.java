package org.privacyportal.backend.desk;

import java.util.List;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.auth.ApiRole;

/**
 * The desk's verification of written authorizations (docs/desk.md); {@link BackendApp} registers
 * it. (Desk lookups are registered by BackendApp itself.)
 */
public final class DeskRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of(AuthorizationCheckMapper.class);

  private DeskRoutes() {}

  public static void register(BackendApp.Wiring wiring) {
    wiring
        .routes()
        .post(
            "/api/v1/authorization-checks",
            new AuthorizationCheckHandler(
                new AuthorizationCheckService(
                    wiring.services().sessions(),
                    wiring.core(),
                    new DeskLookupLimit(wiring.services().authorizationCodeTriesPerHour()),
                    wiring.services().clock())),
            ApiRole.STAFF,
            ApiRole.DIRECTOR);
  }
}
