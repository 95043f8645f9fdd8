package org.privacyportal.backend.details;

import java.util.List;
import org.privacyportal.backend.BackendApp;

/** The routes and mappers of update-my-details change requests; {@link BackendApp} registers them. */
public final class DetailsRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of();

  private DetailsRoutes() {
  }

  public static void register(BackendApp.Wiring wiring) {
    // routes come with the feature
  }
}
