package org.privacyportal.backend.export;

import java.util.List;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.auth.ApiRole;

/** The routes and mappers of "download all my data"; {@link BackendApp} registers them. */
public final class ExportRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of();

  private ExportRoutes() {}

  public static void register(BackendApp.Wiring wiring) {
    ExportArchive archive = new ExportArchive(wiring.records(), wiring.policy());
    ExportJobs jobs = new ExportJobs(archive, wiring.services().clock());
    wiring.config().events.serverStopped(jobs::close);
    ExportHandler handler = new ExportHandler(wiring.core(), jobs);
    // Any signed-in account may ask; the handler answers 404 unless the caller is the patron or a
    // guardian.
    wiring.routes().post("/api/v1/patrons/{id}/exports", handler.start(), ApiRole.AUTHENTICATED);
    wiring
        .routes()
        .get("/api/v1/patrons/{id}/exports/{exportId}", handler.status(), ApiRole.AUTHENTICATED);
    wiring
        .routes()
        .get(
            "/api/v1/patrons/{id}/exports/{exportId}/archive",
            handler.archive(),
            ApiRole.AUTHENTICATED);
  }
}
