package org.privacyportal.backend.accesslog;

import java.util.List;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.auth.ApiRole;

/**
 * The routes and mappers of the patron's access log view and its "this wasn't me" questions, and
 * the staff directory that names staff in it; {@link BackendApp} registers them.
 */
public final class AccessLogRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS =
      List.of(AccessLogEntryMapper.class, StaffDirectoryMapper.class);

  private AccessLogRoutes() {}

  public static void register(BackendApp.Wiring wiring) {
    var services = wiring.services();
    var handler =
        new AccessLogHandler(
            new PatronAccessLog(wiring.core()), new AccessLogQuestions(wiring.core()));
    // Any signed-in account may ask; only the patron or their guardian gets an answer.
    wiring
        .routes()
        .get("/api/v1/patrons/{id}/access-log/entries", handler.page(), ApiRole.AUTHENTICATED);
    wiring
        .routes()
        .post(
            "/api/v1/patrons/{id}/access-log/entries/{entryId}/questions",
            handler.ask(),
            ApiRole.AUTHENTICATED);
    // Registered after the AuthHandler, so it runs after it, on the validated token.
    wiring
        .config()
        .routes
        .beforeMatched(
            new StaffNameRecorder(new StaffDirectory(services.sessions(), services.clock())));
  }
}
