package org.privacyportal.backend.sms;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.access.Scope;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.consent.ConsentMapper;

/**
 * Confirming a mobile number with a one-time code: sending the code (within the resend limits of
 * {@link SmsRules}), and checking it (expiry, attempt limit). A confirmed code turns SMS notices on
 * with the number, or replaces the number if they were on. Each method answers empty when the
 * caller may not see the patron's opt-ins (or there is no such patron).
 */
public final class SmsVerification {

  private final SmsAccess access;
  private final SmsGateway gateway;

  SmsVerification(SmsAccess access, SmsGateway gateway) {
    this.access = access;
    this.gateway = gateway;
  }

  /**
   * Sends a new code; any code sent before stops working. Starting over with another number is
   * allowed, within the same limits.
   *
   * @param number where to send it, or empty for the number of the code still pending (resend)
   * @param language "en" or "es", the language of the message
   * @throws SmsRefusal RESEND_TOO_SOON or HOURLY_LIMIT, with the time to wait, or NOTHING_TO_RESEND
   *     when no number is given and no code is pending (nothing is sent)
   */
  public Optional<SmsState> sendCode(
      AuthenticatedUser user, String patronId, Optional<MobileNumber> number, String language) {
    return access
        .core()
        .run(
            user,
            patronId,
            Purpose.consentChange(),
            scope -> {
              SqlSession session = scope.session();
              // Serializes requests for one patron, so two at once cannot both slip under the
              // limit.
              session.getMapper(ConsentMapper.class).lockPatron(patronId);
              SmsMapper sms = session.getMapper(SmsMapper.class);
              Instant now = scope.now();
              sms.expireAllCodes(now); // a resend goes only to the number of a code still valid
              String to =
                  number.map(MobileNumber::e164).orElseGet(() -> pendingNumber(sms, patronId));
              if (to == null) {
                throw SmsRefusal.of(SmsRefusal.Reason.NOTHING_TO_RESEND); // rolled back on close
              }
              SmsRules.waitBeforeNextCode(
                      sms.codesSentSince(patronId, now.minus(SmsRules.WINDOW)), now)
                  .ifPresent(
                      wait -> {
                        throw SmsRefusal.wait(
                            wait); // rolled back on close: nothing was written or sent
                      });
              sms.deleteCodesSentBefore(patronId, now.minus(SmsRules.WINDOW));
              sms.closePendingCodes(patronId, SmsCode.REPLACED);
              String code = OneTimeCode.generate();
              OneTimeCode.Hashed hashed = OneTimeCode.hash(code);
              sms.insertCode(
                  new SmsCode(
                      UUID.randomUUID().toString(),
                      patronId,
                      to,
                      hashed.salt(),
                      hashed.hash(),
                      now,
                      now.plus(SmsRules.CODE_LIFETIME),
                      0,
                      SmsCode.PENDING));
              // Sent last: if the gateway fails, the transaction rolls back and the code never
              // existed.
              gateway.send(to, SmsTexts.code(language, code));
              return access.state(scope);
            });
  }

  /**
   * Checks the code typed against the newest code sent. On a match SMS notices are on with that
   * number: with {@code choices} if given, else (turning on) all three, else (already on) as they
   * were.
   *
   * @throws SmsRefusal NO_CODE, EXPIRED, WRONG_CODE (with the tries left) or TOO_MANY_ATTEMPTS; a
   *     wrong try is counted (committed) before it is thrown
   */
  public Optional<SmsState> confirm(
      AuthenticatedUser user, String patronId, String code, Optional<SmsChoices> choices) {
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
              Instant now = scope.now();
              SmsCode latest = sms.latestCode(patronId);
              if (latest == null
                  || !(latest.pending()
                      || SmsCode.LOCKED.equals(latest.status())
                      || SmsCode.EXPIRED.equals(latest.status()))) {
                throw refuse(scope, SmsRefusal.of(SmsRefusal.Reason.NO_CODE));
              }
              if (SmsCode.LOCKED.equals(latest.status())) {
                throw refuse(scope, SmsRefusal.of(SmsRefusal.Reason.TOO_MANY_ATTEMPTS));
              }
              if (SmsCode.EXPIRED.equals(latest.status()) || !latest.expiresAt().isAfter(now)) {
                sms.expireCodes(patronId, now); // the number leaves the row with the code
                throw refuse(scope, SmsRefusal.of(SmsRefusal.Reason.EXPIRED));
              }
              if (!OneTimeCode.matches(code, latest.codeSalt(), latest.codeHash())) {
                sms.recordFailedAttempt(latest.id());
                int left = SmsRules.MAX_FAILED_ATTEMPTS - latest.failedAttempts() - 1;
                if (left <= 0) {
                  sms.closeCode(latest.id(), SmsCode.LOCKED);
                  throw refuse(scope, SmsRefusal.of(SmsRefusal.Reason.TOO_MANY_ATTEMPTS));
                }
                throw refuse(scope, SmsRefusal.wrongCode(left));
              }
              SmsSubscription current = sms.subscription(patronId);
              SmsChoices chosen =
                  choices.orElse(current == null ? SmsChoices.ALL : current.choices());
              sms.saveSubscription(
                  new SmsSubscription(
                      patronId,
                      latest.phoneE164(),
                      chosen.dueDate(),
                      chosen.holdsReady(),
                      chosen.foundItems(),
                      now,
                      now));
              sms.closeCode(latest.id(), SmsCode.CONFIRMED);
              SmsLedger.record(
                  session,
                  patronId,
                  scope.grant(),
                  true,
                  chosen,
                  access.policy().profile().policyVersion(),
                  now);
              return access.state(scope);
            });
  }

  private static String pendingNumber(SmsMapper sms, String patronId) {
    SmsCode latest = sms.latestCode(patronId);
    return latest != null && latest.pending() ? latest.phoneE164() : null;
  }

  /**
   * Keeps what the refused try changed (the count, the expiry) and the access log entry: committed,
   * then thrown.
   */
  private static RuntimeException refuse(Scope scope, SmsRefusal refusal) {
    return scope.refuseAfterCommit(refusal);
  }
}
