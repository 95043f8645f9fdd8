package org.privacyportal.backend.sms;

import java.util.List;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.auth.ApiRole;

/**
 * The routes and mappers of SMS notices (opt-in, one-time code, choices); {@link BackendApp}
 * registers them. Any signed-in account may ask; the access rule lets only the patron or their
 * guardian through.
 */
public final class SmsRoutes {

  /** The mappers these routes use (added to the session factory). */
  public static final List<Class<?>> MAPPERS = List.of(SmsMapper.class);

  /** Under consents, like the reading-history opt-in. */
  static final String BASE = "/api/v1/patrons/{id}/consents/sms";

  private SmsRoutes() {}

  public static void register(BackendApp.Wiring wiring) {
    BackendApp.Services services = wiring.services();
    SmsAccess access = new SmsAccess(wiring.core());
    SmsHandler handler =
        new SmsHandler(new SmsSettings(access), new SmsVerification(access, services.smsGateway()));
    var routes = wiring.routes();
    routes.get(BASE, handler.get(), ApiRole.AUTHENTICATED);
    routes.delete(BASE, handler.optOut(), ApiRole.AUTHENTICATED);
    routes.post(BASE + "/verification", handler.sendCode(), ApiRole.AUTHENTICATED);
    routes.post(BASE + "/verification/confirm", handler.confirm(), ApiRole.AUTHENTICATED);
    routes.put(BASE + "/choices", handler.choices(), ApiRole.AUTHENTICATED);
  }
}
