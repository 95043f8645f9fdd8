package org.privacyportal.backend.sms;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.consent.ConsentChange;
import org.privacyportal.backend.consent.ConsentMapper;

/**
 * SMS notices once a number is confirmed (see {@link SmsVerification} for getting there): the
 * state, the choices, and opting out. Each method answers empty when the caller may not see the
 * patron's opt-ins (or there is no such patron). Every change is written together with its
 * consent-ledger entries in one transaction.
 */
public final class SmsSettings {

  /** The consent-ledger name of the SMS opt-in itself. */
  public static final String CONSENT = "SMS";

  private final SqlSessionFactory sessions;
  private final SmsAccess access;

  SmsSettings(SqlSessionFactory sessions, SmsAccess access) {
    this.sessions = sessions;
    this.access = access;
  }

  public Optional<SmsState> state(AuthenticatedUser user, String patronId) {
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Grant> grant = access.grant(session, user, patronId);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      SmsState state = access.state(session, grant.get(), patronId);
      access.log(session, grant.get(), patronId);
      session.commit(true);
      return Optional.of(state);
    }
  }

  /**
   * Sets what the patron receives; a choice that does not change adds no entry.
   *
   * @throws SmsRefusal NOT_ENABLED while SMS is off (confirm a number first)
   */
  public Optional<SmsState> setChoices(AuthenticatedUser user, String patronId, SmsChoices choices) {
    try (SqlSession session = ConsentChange.open(sessions)) {
      Optional<Grant> grant = access.grant(session, user, patronId);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      session.getMapper(ConsentMapper.class).lockPatron(patronId);
      SmsMapper sms = session.getMapper(SmsMapper.class);
      SmsSubscription subscription = sms.subscription(patronId);
      if (subscription == null) {
        throw SmsRefusal.of(SmsRefusal.Reason.NOT_ENABLED); // rolled back on close: nothing was written
      }
      Instant now = access.policy().now();
      sms.updateChoices(subscription.with(choices, now));
      SmsLedger.record(session, patronId, grant.get(), true, choices, access.policy().profile().policyVersion(), now);
      return Optional.of(finish(session, grant.get(), patronId));
    }
  }

  /**
   * Turns SMS notices off: the number is erased, codes not yet confirmed stop working, and the
   * ledger says off for SMS and each choice. Opting out while off changes nothing but is no error.
   */
  public Optional<SmsState> optOut(AuthenticatedUser user, String patronId) {
    try (SqlSession session = ConsentChange.open(sessions)) {
      Optional<Grant> grant = access.grant(session, user, patronId);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      session.getMapper(ConsentMapper.class).lockPatron(patronId);
      SmsMapper sms = session.getMapper(SmsMapper.class);
      sms.deleteSubscription(patronId);
      sms.closePendingCodes(patronId, SmsCode.CANCELLED);
      SmsLedger.record(session, patronId, grant.get(), false, SmsChoices.NONE,
          access.policy().profile().policyVersion(), access.policy().now());
      return Optional.of(finish(session, grant.get(), patronId));
    }
  }

  private SmsState finish(SqlSession session, Grant grant, String patronId) {
    SmsState state = access.state(session, grant, patronId);
    access.log(session, grant, patronId);
    session.commit(true);
    return state;
  }
}
