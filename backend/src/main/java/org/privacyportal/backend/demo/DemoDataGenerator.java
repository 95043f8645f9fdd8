package org.privacyportal.backend.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.privacyportal.backend.demo.DemoRandom.Part;
import org.privacyportal.backend.demo.DemoRows.GuardianLink;
import org.privacyportal.backend.demo.HouseholdPlanner.Household;
import org.privacyportal.backend.demo.PatronPlan.LinkPlan;
import org.privacyportal.backend.library.LibraryProfile;

/**
 * The demo data, generated deterministically: the same seed, "today", size and library give the
 * same rows, byte for byte. Used for the demo set loaded at start (DemoDataLoader, a few hundred
 * patrons) and for benchmark sets of millions (GenerateDemoDataCommand).
 *
 * <p>It writes the hand-made patrons of DemoPatrons first, then generated households, then a few
 * written authorizations and tickets. The loans are shared out exactly: {@code size.loans()} rows
 * in all. Each patron gets a share in proportion to how much they borrow and for how long; the
 * first of it are current loans, the rest returned loans. Every returned loan is written checked
 * out to its patron and its return goes through the ILS sync's entry point ({@link
 * org.privacyportal.backend.circulation.LoanReturns}), as real returns do: it stays the patron's
 * while their reading-history opt-in is on, and is anonymized (patron_id NULL, kept as circulation
 * statistics) otherwise. Nothing is written to the access log.
 */
final class DemoDataGenerator {

  /** How many patrons and loans (current, returned and anonymized) to make. */
  public record Size(int patrons, long loans) {

    /** The demo set: several hundred patrons with years of circulation. */
    public static final Size DEMO = new Size(400, 24_000);

    public Size {
      if (patrons < FixedPatrons.count()) {
        throw new IllegalArgumentException(
            "patrons must be at least "
                + FixedPatrons.count()
                + " (the hand-made demo patrons), got "
                + patrons);
      }
      if (loans < 0) {
        throw new IllegalArgumentException("loans must not be negative, got " + loans);
      }
    }
  }

  private final long seed;
  private final Size size;
  private final LibraryProfile profile;
  private final DemoLibrary library;
  private final DemoTimes times;
  private final DemoIds ids;

  /**
   * @param today the library's local date the data is made for: ages, due dates and "last month"
   *     count from it
   */
  DemoDataGenerator(
      long seed, LocalDate today, Size size, LibraryProfile profile, DemoIds.Order order) {
    this.seed = seed;
    this.size = size;
    this.profile = profile;
    this.library = DemoLibrary.forProfile(profile.id());
    this.times = new DemoTimes(today, profile.timeZone());
    this.ids = new DemoIds(seed, order);
  }

  /**
   * Writes the whole data set to {@code sink}.
   *
   * @param existingIds ids of hand-made patrons already in the database, by card: their patron rows
   *     are not written again, their other records are
   */
  void generate(DemoSink sink, Map<String, String> existingIds) {
    FixedPatrons.Plans fixed = FixedPatrons.plan(seed, library, times, existingIds, ids::next);
    Shares shares = shareOutLoans(fixed);
    expectRows(shares);

    PatronRecords records = new PatronRecords(seed, library, times, ids, sink);
    for (PatronPlan p : fixed.byCard().values()) {
      if (p.insert()) {
        sink.add(p.row());
      }
    }
    writeLinks(fixed.links(), sink);
    for (PatronPlan p : fixed.byCard().values()) {
      records.write(p, p.fixedLoans().current(), p.fixedLoans().returned());
    }

    HouseholdPlanner planner = new HouseholdPlanner(seed, library, times);
    int made = 0;
    int generated = size.patrons() - FixedPatrons.count();
    for (int h = 0; made < generated; h++) {
      Household household =
          planner.plan(h, FixedPatrons.count() + made, generated - made, ids::next);
      household.members().forEach(p -> sink.add(p.row()));
      writeLinks(household.links(), sink);
      for (PatronPlan p : household.members()) {
        int share = shares.loans[made++];
        int current = Math.min(share, p.currentCap());
        records.write(p, current, share - current);
      }
    }
    new DemoPaperwork(seed, profile, times, ids, sink).write(fixed.byCard());
    sink.finish();
  }

  /** Each generated patron's share of the loans that the hand-made ones leave. */
  private record Shares(int[] loans, long fixedLoans) {}

  private Shares shareOutLoans(FixedPatrons.Plans fixed) {
    long fixedLoans =
        fixed.byCard().values().stream()
            .mapToLong(p -> p.fixedLoans().current() + p.fixedLoans().returned())
            .sum();
    int generated = size.patrons() - FixedPatrons.count();
    long[] weights = new long[generated];
    HouseholdPlanner planner = new HouseholdPlanner(seed, library, times);
    int made = 0;
    for (int h = 0; made < generated; h++) {
      // Planning only: no ids drawn, nothing written.
      for (PatronPlan p :
          planner.plan(h, FixedPatrons.count() + made, generated - made, t -> null).members()) {
        weights[made++] = weight(p);
      }
    }
    long total = 0;
    for (long w : weights) {
      total += w;
    }
    long toShare = Math.max(0, size.loans() - fixedLoans);
    int[] loans = new int[generated];
    long before = 0;
    long cumulative = 0;
    for (int i = 0; i < generated; i++) {
      cumulative += weights[i];
      long upTo =
          total == 0
              ? 0
              : cumulative == total
                  ? toShare
                  : (long) Math.floor((double) toShare * cumulative / total);
      loans[i] = (int) (upTo - before);
      before = upTo;
    }
    return new Shares(loans, fixedLoans);
  }

  /** More for keen borrowers and for those who have kept their history (or card) longer. */
  private long weight(PatronPlan p) {
    if (p.activity() == 0) {
      return 0;
    }
    LocalDate since = p.readingHistory() ? p.historySince() : p.registered();
    double years = ChronoUnit.DAYS.between(since, times.today()) / 365.0;
    years = Math.max(0.25, Math.min(p.readingHistory() ? 8 : PatronRecords.NOT_KEPT_YEARS, years));
    return 1 + Math.round(100 * p.activity() * years);
  }

  /** Ascending ids are spread over about this many rows per table (over-estimates, see DemoIds). */
  private void expectRows(Shares shares) {
    long n = size.patrons();
    ids.expect(DemoTable.PATRON, n);
    ids.expect(DemoTable.GUARDIAN_LINK, n / 2 + 16);
    ids.expect(DemoTable.LOAN, Math.max(size.loans(), shares.fixedLoans()));
    ids.expect(DemoTable.HOLD_REQUEST, 2 * n);
    ids.expect(DemoTable.FINE, n);
    ids.expect(DemoTable.ONLINE_SERVICE_USE, 4 * n);
    ids.expect(DemoTable.REFERENCE_CONSULTATION, n / 2 + 16);
    ids.expect(DemoTable.EVENT_SIGNUP, 2 * n);
    ids.expect(DemoTable.CONSENT_ENTRY, 2 * n);
    ids.expect(DemoTable.TICKET, 16);
    ids.expect(DemoTable.TICKET_MESSAGE, 64);
  }

  private void writeLinks(List<LinkPlan> links, DemoSink sink) {
    for (LinkPlan link : links) {
      DemoRandom r = DemoRandom.of(seed, Part.HOUSEHOLD, -1L - link.minor().number());
      sink.add(
          new GuardianLink(
              ids.next(DemoTable.GUARDIAN_LINK),
              link.guardian().id(),
              link.minor().id(),
              link.status(),
              link.idDocumentType(),
              link.verified() == null ? null : DemoPatrons.STAFF_SUBJECT,
              link.verified() == null ? null : times.during(link.verified(), r),
              link.ended() == null ? null : times.during(link.ended(), r),
              times.during(link.requested(), r)));
    }
  }
}
