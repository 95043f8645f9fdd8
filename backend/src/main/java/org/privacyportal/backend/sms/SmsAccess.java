package org.privacyportal.backend.sms;

import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Scope;

/**
 * Who may see and change a patron's SMS notices: the patron, or their guardian while the patron is
 * a minor, as for every opt-in (self-service on {@code consents}, through the access core, which
 * logs a guardian's access in the minor's access log). Anyone else (staff included) is refused
 * exactly as for a patron that does not exist.
 */
final class SmsAccess {

  private final AccessCore core;

  SmsAccess(AccessCore core) {
    this.core = core;
  }

  AccessCore core() {
    return core;
  }

  AccessPolicy policy() {
    return core.policy();
  }

  /**
   * The current state as this caller may see it (the full number only for whom the access rule
   * says). Every SMS request also erases the numbers of anyone's expired codes: there is no
   * scheduler, and an abandoned code must not keep a number longer than the portal is in use.
   */
  SmsState state(Scope scope) {
    SmsMapper sms = scope.session().getMapper(SmsMapper.class);
    String patronId = scope.patronId();
    sms.expireAllCodes(scope.now());
    return SmsState.of(
        sms.subscription(patronId),
        sms.latestCode(patronId),
        policy().seesFullPhoneNumber(scope.grant()),
        scope.now(),
        policy().profile().policyVersion());
  }
}
