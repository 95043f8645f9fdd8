package org.privacyportal.backend.sms;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.vocabulary.Category;

/**
 * SMS notices once a number is confirmed (see {@link SmsVerification} for getting there): the
 * state, the choices, and opting out. Each method answers empty when the caller may not see the
 * patron's opt-ins (or there is no such patron). Every change is written together with its
 * consent-ledger entries in one transaction.
 */
public final class SmsSettings {

  /** The consent-ledger name of the SMS opt-in itself. */
  public static final String CONSENT = "SMS";

  private final SmsAccess access;

  SmsSettings(SmsAccess access) {
    this.access = access;
  }

  public Optional<SmsState> state(AuthenticatedUser user, String patronId) {
    return access.core().run(user, patronId, Purpose.selfService(Category.CONSENTS), access::state);
  }

  /**
   * Sets what the patron receives; a choice that does not change adds no entry.
   *
   * @throws SmsRefusal NOT_ENABLED while SMS is off (confirm a number first)
   */
  public Optional<SmsState> setChoices(
      AuthenticatedUser user, String patronId, SmsChoices choices) {
    return access
        .core()
        .run(
            user,
            patronId,
            Purpose.consentChange(),
            scope -> {
              SqlSession session = scope.session();
              session.getMapper(ConsentMapper.class).lockPatron(patronId);
              SmsMapper sms = session.getMapper(SmsMapper.class);
              SmsSubscription subscription = sms.subscription(patronId);
              if (subscription == null) {
                throw SmsRefusal.of(
                    SmsRefusal.Reason.NOT_ENABLED); // rolled back on close: nothing was written
              }
              Instant now = scope.now();
              sms.updateChoices(subscription.with(choices, now));
              SmsLedger.record(
                  session,
                  patronId,
                  scope.grant(),
                  true,
                  choices,
                  access.policy().profile().policyVersion(),
                  now);
              return access.state(scope);
            });
  }

  /**
   * Turns SMS notices off: the number is erased, codes not yet confirmed stop working, and the
   * ledger says off for SMS and each choice. Opting out while off changes nothing but is no error.
   */
  public Optional<SmsState> optOut(AuthenticatedUser user, String patronId) {
    return access
        .core()
        .run(
            user,
            patronId,
            Purpose.consentChange(),
            scope -> {
              SqlSession session = scope.session();
              session.getMapper(ConsentMapper.class).lockPatron(patronId);
              SmsMapper sms = session.getMapper(SmsMapper.class);
              sms.deleteSubscription(patronId);
              sms.closePendingCodes(patronId, SmsCode.CANCELLED);
              SmsLedger.record(
                  session,
                  patronId,
                  scope.grant(),
                  false,
                  SmsChoices.NONE,
                  access.policy().profile().policyVersion(),
                  scope.now());
              return access.state(scope);
            });
  }
}
