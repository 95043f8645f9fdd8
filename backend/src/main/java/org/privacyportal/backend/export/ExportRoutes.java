package org.privacyportal.backend.export;

import java.util.List;
import org.privacyportal.backend.BackendApp;

/** The routes and mappers of "download all my data"; {@link BackendApp} registers them. */
public final class ExportRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of();

  private ExportRoutes() {
  }

  public static void register(BackendApp.Wiring wiring) {
    // routes come with the feature
  }
}
