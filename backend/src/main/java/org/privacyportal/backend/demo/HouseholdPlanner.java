package org.privacyportal.backend.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.privacyportal.backend.demo.DemoRandom.Part;
import org.privacyportal.backend.demo.DemoRows.Patron;
import org.privacyportal.backend.demo.PatronPlan.ConsentPlan;
import org.privacyportal.backend.demo.PatronPlan.LinkPlan;

/**
 * Plans the generated households: single adults, couples, and families where one or two adults are
 * the verified guardians of their children. Household {@code h} depends only on the seed and {@code
 * h}, so the generator can plan every household twice (once to share out the loans, once to write)
 * without keeping a million patrons in memory.
 */
final class HouseholdPlanner {

  /** The members of one household (adults first) and the guardian links between them. */
  record Household(List<PatronPlan> members, List<LinkPlan> links) {}

  private static final List<String> ID_DOCUMENTS =
      List.of(
          "DRIVERS_LICENSE",
          "DRIVERS_LICENSE",
          "DRIVERS_LICENSE",
          "STATE_ID",
          "PASSPORT",
          "MILITARY_ID");

  private final long seed;
  private final DemoLibrary library;
  private final DemoTimes times;

  HouseholdPlanner(long seed, DemoLibrary library, DemoTimes times) {
    this.seed = seed;
    this.library = library;
    this.times = times;
  }

  /**
   * Household {@code h}, its members numbered from {@code firstNumber}, at most {@code room} of
   * them.
   *
   * @param ids the id of the next patron row, or null while only counting
   */
  Household plan(int h, int firstNumber, int room, Function<DemoTable, String> ids) {
    DemoRandom r = DemoRandom.of(seed, Part.HOUSEHOLD, h);
    double kind = r.nextDouble();
    int adults = kind < 0.60 ? 1 : kind < 0.78 ? 2 : r.chance(0.35) ? 1 : 2;
    int children = kind < 0.78 ? 0 : 1 + Math.min(3, r.geometric(0.6));
    List<Integer> childAges = new ArrayList<>();
    for (int i = 0; i < children; i++) {
      childAges.add(r.between(3, 17));
    }
    int oldestChild = childAges.stream().mapToInt(Integer::intValue).max().orElse(0);
    String lastName = r.pick(DemoNames.LAST);
    DemoLibrary.Town town = library.town(r);
    String line1 = r.between(100, 9899) + " " + r.pick(town.streets());
    String line2 = r.chance(0.15) ? "Apt " + r.between(1, 40) : null;
    String postalCode = r.pick(town.postalCodes());

    List<PatronPlan> members = new ArrayList<>();
    for (int i = 0; i < adults + children && members.size() < room; i++) {
      boolean child = i >= adults;
      int age =
          child
              ? childAges.get(i - adults)
              : children > 0
                  ? Math.max(r.between(25, 55), oldestChild + r.between(18, 30))
                  : i == 1
                      ? Math.max(
                          18,
                          members.getFirst().age()
                              + r.between(-8, 8)) // a partner of about the same age
                      : adultAge(r);
      String last = !child && i == 1 && r.chance(0.2) ? r.pick(DemoNames.LAST) : lastName;
      String first = r.pick(child ? DemoNames.CHILD_FIRST : DemoNames.ADULT_FIRST);
      members.add(
          member(
              r,
              firstNumber + members.size(),
              age,
              first,
              last,
              new String[] {line1, line2, town.city(), postalCode},
              ids));
    }
    List<LinkPlan> links = new ArrayList<>();
    for (PatronPlan minor : members) {
      if (minor.age() >= 18) {
        continue;
      }
      for (PatronPlan guardian : members) {
        if (guardian.age() >= 18) {
          links.add(link(r, guardian, minor));
        }
      }
    }
    return new Household(members, links);
  }

  private static int adultAge(DemoRandom r) {
    double a = r.nextDouble();
    return a < 0.20
        ? r.between(18, 29)
        : a < 0.55 ? r.between(30, 49) : a < 0.85 ? r.between(50, 69) : r.between(70, 92);
  }

  private PatronPlan member(
      DemoRandom r,
      int number,
      int age,
      String first,
      String last,
      String[] address,
      Function<DemoTable, String> ids) {
    LocalDate today = times.today();
    LocalDate birth = today.minusYears(age).minusDays(r.between(1, 360));
    boolean minor = age < 18;
    int maxYearsCarded = minor ? Math.max(1, Math.min(age - 3, 12)) : Math.min(age - 15, 20);
    LocalDate registered = times.daysAgo(r, 10, maxYearsCarded * 365);
    // 15% never borrow; the others borrow exponentially distributed amounts (a few borrow a lot).
    double keenness = age < 12 ? 1.3 : minor ? 0.8 : age >= 65 ? 1.2 : 1.0;
    double activity = r.chance(0.15) ? 0 : -Math.log(1 - r.nextDouble()) * keenness;
    boolean optedIn = r.chance(minor ? 0.28 : 0.35);
    LocalDate historySince = null;
    List<ConsentPlan> consents = new ArrayList<>();
    String selfOrGuardian = age < 13 ? "GUARDIAN" : "SELF";
    if (optedIn) {
      historySince = registered.plusDays(r.between(0, 700));
      LocalDate latest = today.minusDays(14);
      LocalDate earliest = today.minusYears(8);
      historySince =
          historySince.isAfter(latest)
              ? latest
              : historySince.isBefore(earliest) ? earliest : historySince;
      consents.add(readingHistory(r, true, false, selfOrGuardian, historySince));
    } else if (r.chance(0.15)) {
      LocalDate on = registered.plusDays(r.between(0, 400));
      LocalDate off = on.plusDays(r.between(30, 900));
      if (off.isBefore(today)) {
        consents.add(readingHistory(r, true, false, selfOrGuardian, on));
        consents.add(readingHistory(r, false, true, selfOrGuardian, off));
      }
    }
    if (!minor && r.chance(0.15)) {
      // On, then off the next day: the demo keeps no mobile numbers, and SMS is on only with a
      // confirmed one (sms_subscription), so the ledger must not say it is on.
      LocalDate smsOn = times.daysAgo(r, 5, 900);
      consents.add(new ConsentPlan("SMS", true, false, "SELF", null, "PORTAL", smsOn));
      consents.add(new ConsentPlan("SMS", false, true, "SELF", null, "PORTAL", smsOn.plusDays(1)));
    }
    if (!minor && r.chance(0.05)) {
      consents.add(
          new ConsentPlan(
              "ACCESS_ALERTS", true, false, "SELF", null, "PORTAL", times.daysAgo(r, 5, 400)));
    }
    consents.sort((a, b) -> a.on().compareTo(b.on()));
    String email = null;
    if (!minor && r.chance(0.85)) {
      email = DemoNumbers.email(first, last, r.chance(0.5) ? r.between(1, 99) : 0);
    } else if (minor && age >= 13 && r.chance(0.5)) {
      email = DemoNumbers.email(first, last, r.between(1, 2030));
    }
    String phone =
        !minor && r.chance(0.8) ? DemoNumbers.phone(library.areaCode(), r.nextInt(100)) : null;
    LocalDate expires = today.plusDays(minor ? r.between(30, 730) : r.between(-45, 1095));
    var created = times.during(registered, r);
    LocalDate changed =
        times.daysAgo(r, 0, (int) Math.max(0, ChronoUnit.DAYS.between(registered, today)));
    var updated = r.chance(0.4) ? times.during(changed, r) : created;
    if (updated.isBefore(created)) {
      updated = created;
    }
    Patron row =
        new Patron(
            ids.apply(DemoTable.PATRON),
            null,
            first,
            last,
            DemoNumbers.card(library.cardPrefix(), number),
            birth,
            email,
            phone,
            address[0],
            address[1],
            address[2],
            library.region(),
            address[3],
            minor ? "JUVENILE" : "ADULT",
            expires,
            created,
            updated);
    int currentCap = activity == 0 ? 0 : Math.min(12, 1 + (int) (activity * 2.2));
    return new PatronPlan(
        number,
        row,
        true,
        age,
        registered,
        activity,
        currentCap,
        historySince,
        List.copyOf(consents),
        null,
        false,
        null,
        null);
  }

  private ConsentPlan readingHistory(
      DemoRandom r, boolean granted, boolean previous, String actor, LocalDate on) {
    String channel =
        on.isBefore(LocalDate.of(2025, 1, 1)) ? "ILS_IMPORT" : r.chance(0.6) ? "PORTAL" : "DESK";
    return new ConsentPlan(
        "READING_HISTORY",
        granted,
        previous,
        channel.equals("ILS_IMPORT")
            ? "SYSTEM"
            : channel.equals("DESK") && r.chance(0.5) ? "STAFF" : actor,
        null,
        channel,
        on);
  }

  private LinkPlan link(DemoRandom r, PatronPlan guardian, PatronPlan minor) {
    LocalDate requested = minor.registered();
    LocalDate verified = requested.plusDays(r.between(0, 3));
    if (verified.isAfter(times.today())) {
      verified = times.today();
    }
    double s = r.nextDouble();
    if (s < 0.03) {
      return new LinkPlan(guardian, minor, "PENDING", null, requested, null, null);
    }
    String document = r.pick(ID_DOCUMENTS);
    if (s < 0.05 && verified.isBefore(times.today())) {
      LocalDate ended =
          verified.plusDays(r.between(1, (int) ChronoUnit.DAYS.between(verified, times.today())));
      return new LinkPlan(guardian, minor, "ENDED", document, requested, verified, ended);
    }
    return new LinkPlan(guardian, minor, "ACTIVE", document, requested, verified, null);
  }
}
