package org.privacyportal.backend.consent;

import java.util.List;
import org.privacyportal.backend.BackendApp;

/** The routes and mappers of the consent ledger and its receipts; {@link BackendApp} registers them. */
public final class ConsentRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of();

  private ConsentRoutes() {
  }

  public static void register(BackendApp.Wiring wiring) {
    // routes come with the feature
  }
}
