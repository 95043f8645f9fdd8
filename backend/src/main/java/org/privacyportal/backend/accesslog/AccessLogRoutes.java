package org.privacyportal.backend.accesslog;

import java.util.List;
import org.privacyportal.backend.BackendApp;

/** The routes and mappers of the patron's access log view and its "this wasn't me" questions; {@link BackendApp} registers them. */
public final class AccessLogRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of();

  private AccessLogRoutes() {
  }

  public static void register(BackendApp.Wiring wiring) {
    // routes come with the feature
  }
}
