package org.privacyportal.backend.details;

import java.util.List;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.auth.ApiRole;

/**
 * The routes and mappers of update-my-details change requests; {@link BackendApp} registers them.
 */
public final class DetailsRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of(DetailChangeMapper.class);

  private DetailsRoutes() {}

  public static void register(BackendApp.Wiring wiring) {
    // Any signed-in account may ask; the access rule decides (the patron or their guardian only).
    DetailChangesHandler patron = new DetailChangesHandler(new DetailChanges(wiring.core()));
    wiring
        .routes()
        .get("/api/v1/patrons/{id}/details/changes", patron.get(), ApiRole.AUTHENTICATED);
    wiring
        .routes()
        .post("/api/v1/patrons/{id}/details/changes", patron.post(), ApiRole.AUTHENTICATED);
    wiring
        .routes()
        .delete(
            "/api/v1/patrons/{id}/details/changes/{requestId}",
            patron.delete(),
            ApiRole.AUTHENTICATED);

    StaffDetailChangesHandler staff =
        new StaffDetailChangesHandler(new DetailChangeDecisions(wiring.core()));
    wiring
        .routes()
        .get("/api/v1/staff/detail-changes", staff.list(), ApiRole.STAFF, ApiRole.DIRECTOR);
    wiring
        .routes()
        .post(
            "/api/v1/staff/detail-changes/{id}/approve",
            staff.approve(),
            ApiRole.STAFF,
            ApiRole.DIRECTOR);
    wiring
        .routes()
        .post(
            "/api/v1/staff/detail-changes/{id}/reject",
            staff.reject(),
            ApiRole.STAFF,
            ApiRole.DIRECTOR);
  }
}
