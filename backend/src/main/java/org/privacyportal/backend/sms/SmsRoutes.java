package org.privacyportal.backend.sms;

import java.util.List;
import org.privacyportal.backend.BackendApp;

/** The routes and mappers of SMS notices (opt-in, one-time code, choices); {@link BackendApp} registers them. */
public final class SmsRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of();

  private SmsRoutes() {
  }

  public static void register(BackendApp.Wiring wiring) {
    // routes come with the feature
  }
}
