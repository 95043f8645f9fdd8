package org.privacyportal.backend.policy;

import java.util.List;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.auth.ApiRole;
import org.privacyportal.backend.consent.ConsentMapper;

/**
 * The routes and mappers of the privacy policy versions and their acceptance; {@link BackendApp}
 * registers them.
 */
public final class PolicyRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of(ConsentMapper.class);

  private PolicyRoutes() {}

  public static void register(BackendApp.Wiring wiring) {
    PolicyHandler handler =
        new PolicyHandler(new PatronPolicy(wiring.core()), wiring.services().profile());
    // The library's policy is public: anyone may read it, signed in or not.
    wiring.routes().get("/api/v1/policy", handler.current(), ApiRole.OPEN);
    // Any signed-in account may ask; the access core decides (self-service: the patron or their
    // guardian only).
    wiring
        .routes()
        .get("/api/v1/patrons/{id}/policy/acceptance", handler.forPatron(), ApiRole.AUTHENTICATED);
    wiring
        .routes()
        .post("/api/v1/patrons/{id}/policy/acceptance", handler.accept(), ApiRole.AUTHENTICATED);
  }
}
