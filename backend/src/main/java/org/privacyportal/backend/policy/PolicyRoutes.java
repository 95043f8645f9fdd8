package org.privacyportal.backend.policy;

import java.util.List;
import org.privacyportal.backend.BackendApp;

/** The routes and mappers of the privacy policy versions and their acceptance; {@link BackendApp} registers them. */
public final class PolicyRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of();

  private PolicyRoutes() {
  }

  public static void register(BackendApp.Wiring wiring) {
    // routes come with the feature
  }
}
