package org.privacyportal.backend.shared;

import java.util.List;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.auth.ApiRole;

/** The "Shared with me" route and its mapper; {@link BackendApp} registers them. */
public final class SharedRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of(SharedMapper.class);

  private SharedRoutes() {}

  public static void register(BackendApp.Wiring wiring) {
    // Any signed-in account may ask; one without a patron record of its own gets 404.
    wiring
        .routes()
        .get("/api/v1/me/shared", new SharedWithMeHandler(wiring.core()), ApiRole.AUTHENTICATED);
  }
}
