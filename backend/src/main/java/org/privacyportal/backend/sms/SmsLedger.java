package org.privacyportal.backend.sms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.consent.NewConsentEntry;

/**
 * Writes SMS opt-in changes to the consent ledger: the SMS opt-in itself and each of the three
 * choices are consents of their own. An entry's previous state is what the ledger said before, so
 * the ledger reads as an unbroken history even where it was seeded without a number (demo data).
 * The number is never part of an entry.
 */
final class SmsLedger {

  static final String CHANNEL = "PORTAL";

  private SmsLedger() {}

  /**
   * Appends one entry for each consent whose state changes so that the ledger says: SMS {@code
   * enabled}, and each choice on only if SMS is on and it is chosen.
   *
   * @return the consents that changed, in order (SMS first)
   */
  static List<String> record(
      SqlSession session,
      String patronId,
      Grant grant,
      boolean enabled,
      SmsChoices choices,
      String policyVersion,
      Instant now) {
    ConsentMapper ledger = session.getMapper(ConsentMapper.class);
    List<String> changed = new ArrayList<>();
    if (append(ledger, patronId, grant, SmsSettings.CONSENT, enabled, policyVersion, now)) {
      changed.add(SmsSettings.CONSENT);
    }
    for (SmsKind kind : SmsKind.values()) {
      if (append(
          ledger,
          patronId,
          grant,
          kind.consent(),
          enabled && choices.chosen(kind),
          policyVersion,
          now)) {
        changed.add(kind.consent());
      }
    }
    return changed;
  }

  private static boolean append(
      ConsentMapper ledger,
      String patronId,
      Grant grant,
      String consent,
      boolean granted,
      String policyVersion,
      Instant now) {
    boolean previous = Boolean.TRUE.equals(ledger.currentlyGranted(patronId, consent));
    if (previous == granted) {
      return false;
    }
    // Who acted: the patron (SELF) or their guardian (GUARDIAN, with the guardian's account).
    ledger.append(
        new NewConsentEntry(
            UUID.randomUUID().toString(),
            patronId,
            consent,
            granted,
            previous,
            grant.ground().name(),
            grant.actorSubject(),
            policyVersion,
            CHANNEL,
            now));
    return true;
  }
}
