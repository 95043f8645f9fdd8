package org.privacyportal.backend.guardianship;

import java.util.List;
import org.privacyportal.backend.BackendApp;

/** The routes and mappers of guardian-link requests; {@link BackendApp} registers them. */
public final class GuardianshipRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of();

  private GuardianshipRoutes() {
  }

  public static void register(BackendApp.Wiring wiring) {
    // routes come with the feature
  }
}
