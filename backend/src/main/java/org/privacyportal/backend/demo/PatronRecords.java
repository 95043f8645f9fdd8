package org.privacyportal.backend.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.privacyportal.backend.demo.DemoCatalog.Title;
import org.privacyportal.backend.demo.DemoRandom.Part;
import org.privacyportal.backend.demo.DemoRows.ConsentEntry;
import org.privacyportal.backend.demo.DemoRows.EventSignup;
import org.privacyportal.backend.demo.DemoRows.Fine;
import org.privacyportal.backend.demo.DemoRows.Hold;
import org.privacyportal.backend.demo.DemoRows.Loan;
import org.privacyportal.backend.demo.DemoRows.OnlineServiceUse;
import org.privacyportal.backend.demo.DemoRows.ReferenceConsultation;
import org.privacyportal.backend.demo.PatronPlan.ConsentPlan;

/**
 * Writes one patron's records: current loans, returned loans (checked out to the patron, then
 * returned through the ILS sync's entry point, which keeps them only while the patron's
 * reading-history opt-in is on), holds (ended ones through the ILS sync's entry point too, which
 * keeps their titles only while the opt-in is on), fines, online services, reference consultations
 * (what was lent or asked only while the opt-in is on), event sign-ups and their consent ledger.
 */
final class PatronRecords {

  private static final List<String> HOLD_STATUSES =
      List.of(
          "WAITING",
          "WAITING",
          "WAITING",
          "WAITING",
          "IN_TRANSIT",
          "READY",
          "READY",
          "FULFILLED",
          "FULFILLED",
          "FULFILLED",
          "CANCELLED",
          "EXPIRED");
  private static final List<String> FINE_STATUSES =
      List.of("PAID", "PAID", "PAID", "PAID", "OPEN", "OPEN", "WAIVED");
  private static final List<String[]> PLATFORMS =
      List.of(
          new String[] {"Libby (OverDrive)", "EBOOK"},
          new String[] {"Libby (OverDrive)", "EAUDIOBOOK"},
          new String[] {"hoopla", "EBOOK"},
          new String[] {"hoopla", "STREAMING"},
          new String[] {"Kanopy", "STREAMING"},
          new String[] {"Ancestry Library Edition", "DATABASE"},
          new String[] {"LearningExpress Library", "DATABASE"},
          new String[] {"Mango Languages", "DATABASE"},
          new String[] {"Consumer Reports", "DATABASE"},
          new String[] {"Public PC", "PUBLIC_PC"},
          new String[] {"Public PC", "PUBLIC_PC"},
          new String[] {"Library Wi-Fi", "WIFI"});
  private static final List<String> TOPICS =
      List.of(
          "Resume and cover letter help",
          "GED practice tests",
          "Finding a federal tax form",
          "Citing sources in MLA style",
          "Learning Spanish online",
          "Small business plan templates",
          "Medicare enrollment information",
          "Job search websites",
          "Setting up an e-mail account",
          "Local newspapers on microfilm",
          "Car repair manuals",
          "Applying for a passport",
          "Science fair project ideas",
          "Finding a book club title");
  private static final List<String> CHANNELS =
      List.of("IN_PERSON", "IN_PERSON", "IN_PERSON", "PHONE", "PHONE", "EMAIL", "CHAT");
  private static final List<String> CHILD_EVENTS =
      List.of("Storytime", "Lego Club", "Paws to Read", "Family Movie Afternoon");
  private static final List<String> TEEN_EVENTS =
      List.of(
          "Teen Anime Club", "Teen Advisory Board", "Video Game Tournament", "SAT Practice Test");
  private static final List<String> ADULT_EVENTS =
      List.of(
          "Book Club",
          "Tech Help: Smartphone Basics",
          "Tax Help (AARP Foundation)",
          "Author Talk",
          "ESL Conversation Group",
          "Genealogy Basics",
          "Knitting Circle",
          "Medicare Q&A");
  private static final List<String> DVDS =
      DemoCatalog.ALL.stream().filter(t -> t.format().equals("DVD")).map(Title::title).toList();

  /** How many years back the returns of patrons who keep no history go. */
  static final int NOT_KEPT_YEARS = 5;

  private final long seed;
  private final DemoLibrary library;
  private final DemoTimes times;
  private final DemoIds ids;
  private final DemoSink sink;

  PatronRecords(long seed, DemoLibrary library, DemoTimes times, DemoIds ids, DemoSink sink) {
    this.seed = seed;
    this.library = library;
    this.times = times;
    this.ids = ids;
    this.sink = sink;
  }

  /** The loan period of a format, in days. */
  static int loanDays(String format) {
    return switch (format) {
      case "DVD", "MAGAZINE" -> 7;
      case "MUSIC", "DEVICE" -> 14;
      default -> 21;
    };
  }

  /**
   * Writes everything about {@code p} but the patron row: {@code current} loans checked out now and
   * {@code returned} loans they have brought back. Each returned loan goes to the sink checked out
   * to the patron, and its return to the ILS sync's entry point, which keeps it for the patron or
   * anonymizes it by their opt-in; once the patron's consent ledger is added too, their returns may
   * be played ({@link DemoSink#returnsPlayable}).
   */
  void write(PatronPlan p, int current, int returned) {
    DemoRandom r = DemoRandom.of(seed, Part.PATRON_RECORDS, p.number());
    String home = library.branch(r);
    for (int i = 0; i < current; i++) {
      currentLoan(r, p, home, i);
    }
    if (p.readingHistory()) {
      for (int i = 0; i < returned; i++) {
        sink.addReturned(
            returnedLoan(
                r, p.id(), p.age(), r.chance(0.7) ? home : library.branch(r), p.historySince()));
      }
    } else {
      returnsNotKept(p, home, returned);
    }
    boolean active = p.activity() > 0;
    List<String> holds =
        p.holdStatuses() != null
            ? p.holdStatuses()
            : active
                ? draw(r, HOLD_STATUSES, Math.min(8, r.geometric(0.4 + 0.3 * p.activity())))
                : List.of();
    for (String status : holds) {
      hold(r, p, home, status);
    }
    List<String> fines =
        p.fineStatuses() != null
            ? p.fineStatuses()
            : active && r.chance(0.22) ? draw(r, FINE_STATUSES, 1 + r.geometric(0.4)) : List.of();
    for (String status : fines) {
      fine(r, p, status);
    }
    int online = r.geometric(0.8 + 0.8 * p.activity());
    for (int i = 0; i < Math.min(online, 40); i++) {
      online(r, p, home);
    }
    if (r.chance(p.age() < 12 ? 0.03 : 0.12)) {
      for (int i = 1 + r.geometric(0.3); i > 0; i--) {
        reference(r, p, home);
      }
    }
    if (r.chance(p.age() < 13 ? 0.5 : 0.3)) {
      for (int i = 1 + r.geometric(0.6); i > 0; i--) {
        event(r, p, home);
      }
    }
    for (ConsentPlan c : p.consents()) {
      sink.add(
          new ConsentEntry(
              ids.next(DemoTable.CONSENT_ENTRY),
              p.id(),
              c.consent(),
              c.granted(),
              c.previous(),
              c.actorRole(),
              c.actorSubject(),
              policyVersionOn(c.on()),
              c.channel(),
              times.during(c.on(), r)));
    }
    sink.returnsPlayable();
  }

  /**
   * The returns of a patron who keeps no history: over the last {@value #NOT_KEPT_YEARS} years of
   * their card (older ones would be statistics nobody reads). Their own random stream, so that the
   * patron's other records are what they would be without these loans.
   */
  private void returnsNotKept(PatronPlan p, String home, int count) {
    DemoRandom r = DemoRandom.of(seed, Part.RETURNS_NOT_KEPT, p.number());
    LocalDate since = times.today().minusYears(NOT_KEPT_YEARS);
    if (p.registered().isAfter(since)) {
      since = p.registered();
    }
    for (int i = 0; i < count; i++) {
      sink.addReturned(
          returnedLoan(r, p.id(), p.age(), r.chance(0.7) ? home : library.branch(r), since));
    }
  }

  /** The policy text in force on a day: the profiles' current version and the ones before it. */
  static String policyVersionOn(LocalDate day) {
    if (!day.isBefore(LocalDate.of(2026, 11, 1))) {
      return "2026-11-01";
    }
    if (!day.isBefore(LocalDate.of(2024, 9, 1))) {
      return "2024-09-01";
    }
    return day.isBefore(LocalDate.of(2021, 3, 1)) ? "2018-05-01" : "2021-03-01";
  }

  private static List<String> draw(DemoRandom r, List<String> from, int count) {
    String[] drawn = new String[count];
    for (int i = 0; i < count; i++) {
      drawn[i] = r.pick(from);
    }
    return List.of(drawn);
  }

  private void currentLoan(DemoRandom r, PatronPlan p, String home, int index) {
    Title title = DemoCatalog.forAge(r, p.age());
    String format = format(r, title);
    int renewals = r.chance(0.7) ? 0 : r.chance(0.66) ? 1 : 2;
    int period = loanDays(format) * (1 + renewals);
    LocalDate today = times.today();
    LocalDate out;
    if (p.dueSoon() && index < 3) {
      out = today.plusDays(index + 1L).minusDays(period); // due in 1, 2 and 3 days
    } else if (p.dueSoon()) {
      out = today.minusDays(r.between(0, period - 7)); // the others not before next week
    } else {
      out = today.minusDays(r.between(0, period + 6)); // a few are overdue by up to 6 days
    }
    sink.add(
        new Loan(
            ids.next(DemoTable.LOAN),
            p.id(),
            barcode(r, title),
            title.title(),
            title.author(),
            format,
            r.chance(0.8) ? home : library.branch(r),
            times.during(out, r),
            out.plusDays(period),
            renewals,
            null));
  }

  /** A returned loan checked out between {@code since} and yesterday. */
  private Loan returnedLoan(
      DemoRandom r, String patronId, int age, String branch, LocalDate since) {
    LocalDate today = times.today();
    long span = Math.max(1, ChronoUnit.DAYS.between(since, today.minusDays(1)));
    LocalDate out = since.plusDays(r.nextInt((int) Math.min(span, Integer.MAX_VALUE)));
    Title title = DemoCatalog.forAge(r, age);
    String format = format(r, title);
    int renewals = r.chance(0.8) ? 0 : 1;
    int period = loanDays(format) * (1 + renewals);
    int kept = r.between(2, period + 4);
    LocalDate returned = out.plusDays(kept);
    LocalDate checkedOut = out;
    LocalDate yesterday = today.minusDays(1);
    if (returned.isAfter(yesterday)) {
      returned = yesterday;
    }
    if (checkedOut.isAfter(returned)) {
      checkedOut = returned;
    }
    LocalDateTime outAt = times.during(checkedOut, r);
    LocalDateTime backAt = times.during(returned, r);
    if (backAt.isBefore(outAt)) {
      backAt = outAt.plusMinutes(5);
    }
    return new Loan(
        ids.next(DemoTable.LOAN),
        patronId,
        barcode(r, title),
        title.title(),
        title.author(),
        format,
        branch,
        outAt,
        checkedOut.plusDays(period),
        renewals,
        backAt);
  }

  private String barcode(DemoRandom r, Title title) {
    return DemoNumbers.itemBarcode(library.itemPrefix(), title.index(), r.between(1, 6));
  }

  private static String format(DemoRandom r, Title title) {
    return title.format().equals("BOOK") && r.chance(0.12) ? "AUDIOBOOK" : title.format();
  }

  private void hold(DemoRandom r, PatronPlan p, String home, String status) {
    Title title = DemoCatalog.forAge(r, p.age());
    LocalDate placed =
        switch (status) {
          case "WAITING" -> times.daysAgo(r, 1, 60);
          case "IN_TRANSIT" -> times.daysAgo(r, 5, 45);
          case "READY" -> times.daysAgo(r, 7, 60);
          default -> times.daysAgo(r, 20, 90);
        };
    Integer queue = status.equals("WAITING") ? r.between(1, 30) : null;
    LocalDate readyUntil =
        switch (status) {
          case "READY" -> times.today().plusDays(r.between(0, 6));
          case "EXPIRED" -> placed.plusDays(r.between(7, 18));
          default -> null;
        };
    Hold hold =
        new Hold(
            ids.next(DemoTable.HOLD_REQUEST),
            p.id(),
            title.title(),
            title.author(),
            format(r, title),
            r.chance(0.85) ? home : library.branch(r),
            times.during(placed, r),
            status,
            queue,
            readyUntil);
    if (hold.ended()) {
      sink.addEnded(hold); // its title stays only while the opt-in is on (HoldCompletions)
    } else {
      sink.add(hold);
    }
  }

  private void fine(DemoRandom r, PatronPlan p, String status) {
    double kind = r.nextDouble();
    int cents;
    String reason;
    String description;
    if (kind < 0.70) {
      int days = r.between(1, 20);
      reason = "OVERDUE";
      cents = days * 25;
      description = "Overdue item returned " + days + (days == 1 ? " day" : " days") + " late";
    } else if (kind < 0.80) {
      reason = "LOST_ITEM";
      cents = r.between(15, 45) * 100;
      description = "Replacement cost of a lost item";
    } else if (kind < 0.87) {
      reason = "DAMAGED_ITEM";
      cents = r.between(5, 25) * 100;
      description = "Damaged item (water damage)";
    } else if (kind < 0.92) {
      reason = "CARD_REPLACEMENT";
      cents = 200;
      description = "Replacement library card";
    } else {
      int pages = r.between(1, 40);
      reason = "PRINTING";
      cents = pages * 10;
      description = "Printing, " + pages + (pages == 1 ? " page" : " pages");
    }
    LocalDate assessed =
        status.equals("OPEN") ? times.daysAgo(r, 1, 120) : times.daysAgo(r, 10, 730);
    LocalDateTime assessedAt = times.during(assessed, r);
    LocalDateTime resolved = null;
    if (!status.equals("OPEN")) {
      LocalDate day = assessed.plusDays(r.between(0, 9));
      resolved = times.during(day.isAfter(times.today()) ? times.today() : day, r);
      if (resolved.isBefore(assessedAt)) {
        resolved = assessedAt.plusMinutes(1);
      }
    }
    sink.add(
        new Fine(
            ids.next(DemoTable.FINE),
            p.id(),
            cents,
            "USD",
            reason,
            description,
            status,
            assessedAt,
            resolved));
  }

  private void online(DemoRandom r, PatronPlan p, String home) {
    String[] platform = r.pick(PLATFORMS);
    String kind = platform[1];
    String detail =
        switch (kind) {
          case "EBOOK", "EAUDIOBOOK" -> "Borrowed: " + DemoCatalog.forAge(r, p.age()).title();
          case "STREAMING" -> "Watched: " + r.pick(DVDS);
          case "PUBLIC_PC" -> r.pick(List.of(30, 60, 60, 90, 120)) + "-minute session at " + home;
          case "WIFI" -> "Wi-Fi session at " + home;
          default -> "Search session";
        };
    LocalDateTime usedAt = times.during(times.daysAgo(r, 0, 730), r);
    sink.add(
        new OnlineServiceUse(
            ids.next(DemoTable.ONLINE_SERVICE_USE),
            p.id(),
            platform[0],
            kind,
            usedAt,
            keptAsHistory(p, usedAt) ? detail : null));
  }

  private void reference(DemoRandom r, PatronPlan p, String home) {
    String channel = r.pick(CHANNELS);
    String topic =
        !library.localTopics().isEmpty() && r.chance(0.35)
            ? r.pick(library.localTopics())
            : r.pick(TOPICS);
    String branch = channel.equals("IN_PERSON") || channel.equals("PHONE") ? home : null;
    LocalDateTime consultedAt = times.during(times.daysAgo(r, 0, 900), r);
    sink.add(
        new ReferenceConsultation(
            ids.next(DemoTable.REFERENCE_CONSULTATION),
            p.id(),
            consultedAt,
            channel,
            keptAsHistory(p, consultedAt) ? topic : null,
            branch));
  }

  /**
   * What an online service lent and what a reference question was about are reading history
   * (docs/consents.md): stored only while the patron's opt-in is on. No entry point of the portal
   * records them (the services report them elsewhere), so the generator applies the rule itself;
   * still drawn either way, so that every other record stays what it was.
   */
  private static boolean keptAsHistory(PatronPlan p, LocalDateTime at) {
    return p.readingHistory() && !at.toLocalDate().isBefore(p.historySince());
  }

  private void event(DemoRandom r, PatronPlan p, String home) {
    double kind = r.nextDouble();
    LocalDate today = times.today();
    if (kind < 0.15) {
      LocalDate signedUp = times.daysAgo(r, 1, 1000);
      sink.add(
          new EventSignup(
              ids.next(DemoTable.EVENT_SIGNUP),
              p.id(),
              "Library News (monthly e-mail)",
              "NEWSLETTER",
              null,
              null,
              times.during(signedUp, r),
              r.chance(0.8) ? "SUBSCRIBED" : "UNSUBSCRIBED"));
      return;
    }
    if (kind < 0.40) {
      int year = today.getYear() - r.between(today.getMonthValue() >= 6 ? 0 : 1, 3);
      LocalDate starts = LocalDate.of(year, 6, 1);
      String name =
          p.age() >= 18 && r.chance(0.5)
              ? "Adult Summer Reading Challenge " + year
              : "Summer Reading Challenge " + year;
      sink.add(
          new EventSignup(
              ids.next(DemoTable.EVENT_SIGNUP),
              p.id(),
              name,
              "READING_CHALLENGE",
              home,
              times.utc(starts, 9 * 3600),
              times.during(starts.minusDays(r.between(0, 20)), r),
              r.chance(0.6) ? "ATTENDED" : "REGISTERED"));
      return;
    }
    List<String> names = p.age() < 13 ? CHILD_EVENTS : p.age() < 18 ? TEEN_EVENTS : ADULT_EVENTS;
    String name = r.chance(0.2) ? r.pick(library.localEvents()) : r.pick(names);
    if (name.equals("Book Club")) {
      name = "Book Club: " + r.pick(DemoCatalog.ADULT).title();
    }
    boolean upcoming = r.chance(0.25);
    LocalDate starts = upcoming ? today.plusDays(r.between(1, 40)) : times.daysAgo(r, 1, 700);
    LocalDate signedUp = starts.minusDays(r.between(1, 30));
    if (signedUp.isAfter(today)) {
      signedUp = today;
    }
    String status =
        upcoming
            ? (r.chance(0.8) ? "REGISTERED" : "WAITLISTED")
            : r.pick(
                List.of("ATTENDED", "ATTENDED", "ATTENDED", "ATTENDED", "CANCELLED", "REGISTERED"));
    int hour = r.between(10, 18);
    sink.add(
        new EventSignup(
            ids.next(DemoTable.EVENT_SIGNUP),
            p.id(),
            name,
            "EVENT",
            r.chance(0.8) ? home : library.branch(r),
            times.utc(starts, hour * 3600),
            times.during(signedUp, r),
            status));
  }
}
