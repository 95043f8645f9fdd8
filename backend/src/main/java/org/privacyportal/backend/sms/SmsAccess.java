package org.privacyportal.backend.sms;

import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.Ground;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.records.Category;

/**
 * Who may see and change a patron's SMS notices: the patron, or their guardian while the patron is
 * a minor, as for every opt-in. Anyone else (staff included) is refused exactly as for a patron that
 * does not exist. A guardian's access is written to the minor's access log in the caller's
 * transaction.
 */
final class SmsAccess {

  private final AccessPolicy policy;
  private final AccessLog accessLog;

  SmsAccess(AccessPolicy policy, AccessLog accessLog) {
    this.policy = policy;
    this.accessLog = accessLog;
  }

  AccessPolicy policy() {
    return policy;
  }

  Optional<Grant> grant(SqlSession session, AuthenticatedUser user, String patronId) {
    return policy.decideSelfService(session, user, patronId, Category.CONSENTS);
  }

  void log(SqlSession session, Grant grant, String patronId) {
    if (grant.isLogged()) {
      accessLog.append(session, grant.entry(patronId, Category.CONSENTS, policy.now()));
    }
  }

  /**
   * The current state as this caller may see it (the full number for the patron only). Every SMS
   * request also erases the numbers of anyone's expired codes: there is no scheduler, and an
   * abandoned code must not keep a number longer than the portal is in use.
   */
  SmsState state(SqlSession session, Grant grant, String patronId) {
    SmsMapper sms = session.getMapper(SmsMapper.class);
    sms.expireAllCodes(policy.now());
    return SmsState.of(sms.subscription(patronId), sms.latestCode(patronId), grant.ground() == Ground.SELF,
        policy.now(), policy.profile().policyVersion());
  }
}
