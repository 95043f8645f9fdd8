package org.privacyportal.backend.guardianship;

import java.util.List;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.auth.ApiRole;

/** The routes and mappers of guardian-link requests; {@link BackendApp} registers them. */
public final class GuardianshipRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of(LinkRequestMapper.class);

  static final String REQUESTS = "/api/v1/guardian-link-requests";
  static final String STAFF_REQUESTS = "/api/v1/staff/guardian-link-requests";

  private GuardianshipRoutes() {}

  public static void register(BackendApp.Wiring wiring) {
    var handlers =
        new LinkRequestHandlers(
            new LinkRequests(wiring.core()), new LinkRequestDesk(wiring.core()));
    var routes = wiring.routes();
    // Any signed-in account may ask; one without a patron record of its own gets 404.
    routes.post(REQUESTS, handlers.request(), ApiRole.AUTHENTICATED);
    routes.get(STAFF_REQUESTS, handlers.list(), ApiRole.STAFF, ApiRole.DIRECTOR);
    routes.post(
        STAFF_REQUESTS + "/{ticketId}/approve",
        handlers.approve(),
        ApiRole.STAFF,
        ApiRole.DIRECTOR);
    routes.post(
        STAFF_REQUESTS + "/{ticketId}/reject", handlers.reject(), ApiRole.STAFF, ApiRole.DIRECTOR);
  }
}
