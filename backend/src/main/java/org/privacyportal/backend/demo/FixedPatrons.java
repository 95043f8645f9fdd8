package org.privacyportal.backend.demo;

import static org.privacyportal.backend.demo.DemoPatrons.ALICE_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.GRACE_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.GRACE_SUBJECT;
import static org.privacyportal.backend.demo.DemoPatrons.LUCIA_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.MATEO_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.MILO_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.NORA_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.ROSA_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.THEO_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.THEO_GRANTOR_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.TURNED_18_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.TURNED_18_GUARDIAN_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.TURNING_18_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.TURNING_18_GUARDIAN_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.UNVERIFIED_LINK_GUARDIAN_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.UNVERIFIED_LINK_MINOR_CARD;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.privacyportal.backend.demo.DemoPatrons.DemoPatron;
import org.privacyportal.backend.demo.DemoRandom.Part;
import org.privacyportal.backend.demo.DemoRows.Patron;
import org.privacyportal.backend.demo.PatronPlan.ConsentPlan;
import org.privacyportal.backend.demo.PatronPlan.FixedLoans;
import org.privacyportal.backend.demo.PatronPlan.LinkPlan;
import org.privacyportal.backend.patron.PatronProfile;

/**
 * The hand-made patrons of DemoPatrons, with the records that make the demo tell its story: Alice
 * keeps her reading history and has loans due in the next days; Grace turned hers off (her returns
 * are anonymized) and guards Milo and Nora; Nora's opt-in was made by Grace; Theo keeps no history;
 * Rosa Delgado's children are linked to nobody yet. Alice and Grace accepted the privacy policy
 * version before the current one, so their policy page shows what changed. Their links are ACTIVE
 * and verified, except Denise Landry's (imported, never verified) and, in effect, Marc Hebert's:
 * Lucas came of age last month.
 */
final class FixedPatrons {

  /** The hand-made patrons by card (in data set order) and their guardian links. */
  record Plans(Map<String, PatronPlan> byCard, List<LinkPlan> links) {}

  /**
   * A fixed day under the policy version before the current one (2024-09-01, see PatronRecords).
   */
  private static final LocalDate POLICY_ACCEPTED = LocalDate.of(2025, 3, 14);

  private FixedPatrons() {}

  static int count() {
    return 15;
  }

  static Plans plan(
      long seed,
      DemoLibrary library,
      DemoTimes times,
      Map<String, String> existingIds,
      Function<DemoTable, String> ids) {
    LocalDate today = times.today();
    DemoRandom r = DemoRandom.of(seed, Part.FIXED, 0);
    Map<String, DemoPatron> patrons = new LinkedHashMap<>();
    for (DemoPatron p : DemoPatrons.all(today)) {
      patrons.put(p.profile().cardNumber(), p);
    }
    for (DemoPatron p : DemoPatrons.withoutLogin(today, library)) {
      patrons.put(p.profile().cardNumber(), p);
    }
    Map<String, PatronPlan> plans = new LinkedHashMap<>();
    Builder b = new Builder(r, times, patrons, existingIds, ids, plans);
    b.add(
        ALICE_CARD,
        years(9),
        2.5,
        today.minusYears(3).minusDays(40),
        new FixedLoans(4, 140),
        true,
        List.of("READY", "WAITING", "IN_TRANSIT", "FULFILLED"),
        List.of("OPEN", "PAID", "PAID"),
        consent(
            "READING_HISTORY",
            true,
            "SYSTEM",
            null,
            "ILS_IMPORT",
            today.minusYears(3).minusDays(40)),
        // SMS tried and turned off again: the demo keeps no mobile numbers, so no one's SMS is on
        consent("SMS", true, "SELF", DemoPatrons.ALICE_SUBJECT, "PORTAL", today.minusYears(1)),
        offAgain(
            consent(
                "SMS", false, "SELF", DemoPatrons.ALICE_SUBJECT, "PORTAL", today.minusMonths(10))),
        consent(
            "ACCESS_ALERTS",
            true,
            "SELF",
            DemoPatrons.ALICE_SUBJECT,
            "PORTAL",
            today.minusDays(60)),
        // accepted the policy version before the current one: her policy page shows what changed
        // since
        consent("POLICY", true, "SELF", DemoPatrons.ALICE_SUBJECT, "PORTAL", POLICY_ACCEPTED));
    b.add(
        GRACE_CARD,
        years(12),
        1.2,
        null,
        new FixedLoans(3, 60),
        false,
        List.of("WAITING"),
        List.of(),
        consent("READING_HISTORY", true, "SELF", GRACE_SUBJECT, "PORTAL", today.minusYears(2)),
        offAgain(
            consent(
                "READING_HISTORY", false, "SELF", GRACE_SUBJECT, "PORTAL", today.minusMonths(8))),
        consent("POLICY", true, "SELF", GRACE_SUBJECT, "PORTAL", POLICY_ACCEPTED.plusDays(9)));
    b.add(
        MILO_CARD,
        years(8),
        1.0,
        today.minusYears(1),
        new FixedLoans(2, 35),
        false,
        List.of("READY"),
        List.of(),
        consent(
            "READING_HISTORY",
            true,
            "SELF",
            DemoPatrons.MILO_SUBJECT,
            "PORTAL",
            today.minusYears(1)));
    b.add(
        NORA_CARD,
        years(4),
        1.5,
        today.minusYears(2),
        new FixedLoans(3, 45),
        false,
        List.of(),
        List.of(),
        consent("READING_HISTORY", true, "GUARDIAN", GRACE_SUBJECT, "PORTAL", today.minusYears(2)));
    b.add(
        THEO_CARD,
        years(5),
        0.5,
        null,
        new FixedLoans(1, 20),
        false,
        List.of("WAITING"),
        List.of("PAID"));
    b.add(
        TURNING_18_GUARDIAN_CARD,
        years(10),
        1.0,
        today.minusYears(3),
        new FixedLoans(2, 50),
        false,
        null,
        null,
        consent("READING_HISTORY", true, "STAFF", null, "DESK", today.minusYears(3)));
    b.add(
        TURNING_18_CARD,
        years(11),
        1.2,
        today.minusYears(2),
        new FixedLoans(2, 30),
        false,
        null,
        null,
        consent("READING_HISTORY", true, "SELF", null, "DESK", today.minusYears(2)));
    b.add(TURNED_18_GUARDIAN_CARD, years(7), 0.6, null, new FixedLoans(1, 15), false, null, null);
    b.add(
        TURNED_18_CARD,
        years(7),
        0.9,
        today.minusYears(1),
        new FixedLoans(1, 25),
        false,
        null,
        null,
        consent("READING_HISTORY", true, "STAFF", null, "DESK", today.minusYears(1)));
    b.add(
        UNVERIFIED_LINK_GUARDIAN_CARD,
        years(6),
        0.7,
        null,
        new FixedLoans(2, 10),
        false,
        null,
        null);
    b.add(
        UNVERIFIED_LINK_MINOR_CARD, years(6), 1.0, null, new FixedLoans(2, 12), false, null, null);
    b.add(
        THEO_GRANTOR_CARD,
        years(20),
        2.0,
        today.minusYears(6),
        new FixedLoans(3, 200),
        false,
        List.of("READY", "WAITING"),
        null,
        consent("READING_HISTORY", true, "SYSTEM", null, "ILS_IMPORT", today.minusYears(6)));
    // Rosa and her children: no link yet, no reading history (the guardian-link demo starts here).
    b.add(ROSA_CARD, years(6), 0.8, null, new FixedLoans(1, 10), false, null, null);
    b.add(MATEO_CARD, years(5), 1.0, null, new FixedLoans(2, 8), false, null, null);
    b.add(LUCIA_CARD, years(3), 1.0, null, new FixedLoans(1, 4), false, null, null);

    List<LinkPlan> links = new ArrayList<>();
    links.add(verified(plans, GRACE_CARD, MILO_CARD, "DRIVERS_LICENSE", today));
    links.add(verified(plans, GRACE_CARD, NORA_CARD, "DRIVERS_LICENSE", today));
    links.add(verified(plans, TURNING_18_GUARDIAN_CARD, TURNING_18_CARD, "PASSPORT", today));
    links.add(verified(plans, TURNED_18_GUARDIAN_CARD, TURNED_18_CARD, "DRIVERS_LICENSE", today));
    PatronPlan denise = plans.get(UNVERIFIED_LINK_GUARDIAN_CARD);
    PatronPlan eli = plans.get(UNVERIFIED_LINK_MINOR_CARD);
    links.add(new LinkPlan(denise, eli, "ACTIVE", null, eli.registered(), null, null));
    return new Plans(plans, links);
  }

  private static Period years(int years) {
    return Period.ofYears(years);
  }

  private static ConsentPlan consent(
      String consent, boolean granted, String role, String subject, String channel, LocalDate on) {
    return new ConsentPlan(consent, granted, false, role, subject, channel, on);
  }

  /** A consent turned off after having been on. */
  private static ConsentPlan offAgain(ConsentPlan c) {
    return new ConsentPlan(
        c.consent(), false, true, c.actorRole(), c.actorSubject(), c.channel(), c.on());
  }

  private static LinkPlan verified(
      Map<String, PatronPlan> plans,
      String guardianCard,
      String minorCard,
      String document,
      LocalDate today) {
    PatronPlan minor = plans.get(minorCard);
    LocalDate requested =
        minor.registered().isBefore(today.minusYears(3)) ? today.minusYears(3) : minor.registered();
    return new LinkPlan(
        plans.get(guardianCard), minor, "ACTIVE", document, requested, requested.plusDays(1), null);
  }

  private record Builder(
      DemoRandom r,
      DemoTimes times,
      Map<String, DemoPatron> patrons,
      Map<String, String> existingIds,
      Function<DemoTable, String> ids,
      Map<String, PatronPlan> plans) {

    void add(
        String card,
        Period carded,
        double activity,
        LocalDate historySince,
        FixedLoans loans,
        boolean dueSoon,
        List<String> holds,
        List<String> fines,
        ConsentPlan... consents) {
      DemoPatron demo = patrons.get(card);
      PatronProfile p = demo.profile();
      LocalDate today = times.today();
      LocalDate registered = today.minus(carded);
      if (registered.isBefore(p.birthDate())) {
        registered = p.birthDate().plusYears(3);
      }
      int age = Period.between(p.birthDate(), today).getYears();
      String generatedId =
          ids.apply(DemoTable.PATRON); // drawn even when unused: later ids stay the same
      String existing = existingIds.get(card);
      var created = times.during(registered, r);
      Patron row =
          new Patron(
              existing != null ? existing : generatedId,
              demo.keycloakSubject(),
              p.firstName(),
              p.lastName(),
              card,
              p.birthDate(),
              p.email(),
              p.phone(),
              p.address().line1(),
              p.address().line2(),
              p.address().city(),
              p.address().region(),
              p.address().postalCode(),
              p.accountType().name(),
              p.expiresOn(),
              created,
              created);
      plans.put(
          card,
          new PatronPlan(
              plans.size(),
              row,
              existing == null,
              age,
              registered,
              activity,
              loans.current(),
              historySince,
              List.of(consents),
              loans,
              dueSoon,
              holds,
              fines));
    }
  }
}
