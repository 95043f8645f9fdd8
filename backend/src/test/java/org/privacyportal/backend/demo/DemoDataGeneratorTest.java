package org.privacyportal.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.backend.demo.DemoDataGenerator.Size;
import org.privacyportal.backend.demo.DemoRows.ConsentEntry;
import org.privacyportal.backend.demo.DemoRows.GuardianLink;
import org.privacyportal.backend.demo.DemoRows.Hold;
import org.privacyportal.backend.demo.DemoRows.Loan;
import org.privacyportal.backend.demo.DemoRows.OnlineServiceUse;
import org.privacyportal.backend.demo.DemoRows.Patron;
import org.privacyportal.backend.demo.DemoRows.ReferenceConsultation;
import org.privacyportal.backend.demo.DemoRows.Row;
import org.privacyportal.backend.library.LibraryProfiles;

/** The generator on its own, rows kept in memory: what the data says, for any "today". */
class DemoDataGeneratorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
    RecordingSink first = record(7, TODAY, new Size(300, 9_000), "calcasieu");
    RecordingSink again = record(7, TODAY, new Size(300, 9_000), "calcasieu");
    RecordingSink other = record(8, TODAY, new Size(300, 9_000), "calcasieu");

    assertThat(again.rows).isEqualTo(first.rows);
    assertThat(again.returns).isEqualTo(first.returns);
    assertThat(other.rows).isNotEqualTo(first.rows);
  }

  @Test
  void makesExactlyThePatronsAndLoansAsked() {
    List<Row> rows = generate(1, TODAY, new Size(437, 12_345), "lawrence");

    assertThat(of(rows, Patron.class)).hasSize(437);
    assertThat(of(rows, Loan.class)).hasSize(12_345);
    assertThat(of(rows, Patron.class).stream().map(Patron::cardNumber).distinct()).hasSize(437);
    assertThat(of(rows, Patron.class).stream().map(Patron::id).distinct()).hasSize(437);
  }

  @ParameterizedTest
  @CsvSource({"2026-11-23", "2027-03-01", "2028-02-29", "2027-01-14"})
  void oneMinorTurns18WithinWeeksAndOneTurned18LastMonth(LocalDate today) {
    List<Row> rows = generate(3, today, new Size(50, 1_000), "calcasieu");
    Map<String, Patron> byCard =
        of(rows, Patron.class).stream().collect(Collectors.toMap(Patron::cardNumber, p -> p));

    LocalDate jolie18 = byCard.get(DemoPatrons.TURNING_18_CARD).birthDate().plusYears(18);
    assertThat(jolie18).isAfter(today).isBeforeOrEqualTo(today.plusWeeks(6));
    LocalDate lucas18 = byCard.get(DemoPatrons.TURNED_18_CARD).birthDate().plusYears(18);
    assertThat(YearMonth.from(lucas18)).isEqualTo(YearMonth.from(today).minusMonths(1));

    // Both links are still ACTIVE and verified in the table: the age rule, not a job, ends Lucas's.
    for (String minor : List.of(DemoPatrons.TURNING_18_CARD, DemoPatrons.TURNED_18_CARD)) {
      GuardianLink link = linkOf(rows, byCard.get(minor));
      assertThat(link.status()).isEqualTo("ACTIVE");
      assertThat(link.idDocumentType()).isNotNull();
      assertThat(link.verifiedAt()).isNotNull();
    }
    assertThat(Period.between(byCard.get(DemoPatrons.MILO_CARD).birthDate(), today).getYears())
        .isEqualTo(15);
    assertThat(Period.between(byCard.get(DemoPatrons.NORA_CARD).birthDate(), today).getYears())
        .isEqualTo(9);
  }

  @Test
  void everyReturnedLoanIsWrittenCheckedOutToItsPatronAndReturnedThroughTheIlsEntryPoint() {
    RecordingSink sink = record(5, TODAY, DemoDataGenerator.Size.DEMO, "calcasieu");
    Set<String> patrons =
        of(sink.rows, Patron.class).stream().map(Patron::id).collect(Collectors.toSet());

    // RecordingSink refuses loans added as returned: every return is handed over as one
    assertThat(of(sink.rows, Loan.class))
        .hasSize(24_000)
        .allSatisfy(l -> assertThat(l.returnedAt()).isNull());
    assertThat(sink.returns)
        .hasSizeGreaterThan(20_000)
        .allSatisfy(
            l -> {
              assertThat(patrons).contains(l.patronId());
              assertThat(l.returnedAt())
                  .isAfter(l.checkedOutAt())
                  .isBefore(TODAY.atStartOfDay().plusHours(6));
            });
    assertThat(of(sink.rows, Loan.class))
        .filteredOn(l -> !sink.returns.stream().anyMatch(r -> r.id().equals(l.id())))
        .allSatisfy(l -> assertThat(l.dueOn()).isAfter(TODAY.minusDays(8)));
  }

  /**
   * Per patron: card, current loans, returned loans, reading history on at the end. The digests are
   * those of the generator from before its returns went through the ILS entry point (when it wrote
   * kept returns under the patron and everyone else's as anonymous rows): the same patrons keep and
   * lose the same number of loans. A deliberate change to the generator's plan changes them.
   */
  @ParameterizedTest
  @CsvSource({
    "20261101, 400, 24000, b2b152dab6755b2da8f90a414e02679d0b7c738be027f5744c26c68d41fc6158",
    "9, 1500, 30000, 74da85cf5e16764e1bece99950ba689346d3f136441db3acb40b33c1a846993b"
  })
  void eachPatronKeepsAndLosesAsManyLoansAsBefore(long seed, int patrons, long loans, String digest)
      throws Exception {
    RecordingSink sink = record(seed, TODAY, new Size(patrons, loans), "calcasieu");
    Map<String, Boolean> historyOn = historyOn(sink.rows);
    Map<String, int[]> counts = new HashMap<>();
    of(sink.rows, Patron.class).forEach(p -> counts.put(p.id(), new int[2]));
    Set<String> returned = sink.returns.stream().map(Loan::id).collect(Collectors.toSet());
    for (Loan loan : of(sink.rows, Loan.class)) {
      counts.get(loan.patronId())[returned.contains(loan.id()) ? 1 : 0]++;
    }
    List<String> lines = new ArrayList<>();
    for (Patron p : of(sink.rows, Patron.class)) {
      int[] c = counts.get(p.id());
      lines.add(
          p.cardNumber()
              + " "
              + c[0]
              + " "
              + c[1]
              + " "
              + historyOn.getOrDefault(p.id(), false)
              + "\n");
    }
    lines.sort(null);

    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(String.join("", lines).getBytes(StandardCharsets.UTF_8));
    assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(digest);
  }

  @Test
  void aboutAThirdOptInAndBothKeptAndUnkeptReturnsAreMany() {
    RecordingSink sink = record(5, TODAY, DemoDataGenerator.Size.DEMO, "calcasieu");
    Map<String, Boolean> historyOn = historyOn(sink.rows);

    assertThat(sink.returns)
        .filteredOn(l -> historyOn.getOrDefault(l.patronId(), false))
        .hasSizeGreaterThan(1_000);
    assertThat(sink.returns)
        .filteredOn(l -> !historyOn.getOrDefault(l.patronId(), false))
        .hasSizeGreaterThan(1_000);
    assertThat(historyOn.values().stream().filter(on -> on).count()).isBetween(80L, 200L);
  }

  /** The current reading-history state of each patron with an entry: the newest entry wins. */
  private static Map<String, Boolean> historyOn(List<Row> rows) {
    Map<String, Boolean> historyOn = new HashMap<>();
    of(rows, ConsentEntry.class).stream()
        .filter(c -> c.consent().equals("READING_HISTORY"))
        .sorted((a, b) -> a.recordedAt().compareTo(b.recordedAt()))
        .forEach(c -> historyOn.put(c.patronId(), c.granted()));
    return historyOn;
  }

  /**
   * Reading history in another guise (docs/consents.md): every ended hold reaches the ILS entry
   * point (which keeps its title by the opt-in); what an online service lent and what a reference
   * question was about are written only for patrons whose opt-in is on.
   */
  @Test
  void endedHoldsGoThroughTheEntryPointAndOnlyPatronsWithHistoryKeepDetailsAndTopics() {
    RecordingSink sink = record(5, TODAY, DemoDataGenerator.Size.DEMO, "calcasieu");
    Map<String, Boolean> historyOn = historyOn(sink.rows);

    assertThat(sink.holdsEnded)
        .hasSizeGreaterThan(100)
        .allSatisfy(h -> assertThat(h.status()).isIn("FULFILLED", "CANCELLED", "EXPIRED"));
    assertThat(of(sink.rows, Hold.class)).noneSatisfy(h -> assertThat(h.ended()).isTrue());
    List<OnlineServiceUse> online = of(sink.rows, OnlineServiceUse.class);
    assertThat(online)
        .filteredOn(o -> !historyOn.getOrDefault(o.patronId(), false))
        .hasSizeGreaterThan(100)
        .allSatisfy(o -> assertThat(o.detail()).isNull());
    assertThat(online)
        .filteredOn(o -> o.detail() != null && o.detail().startsWith("Borrowed: "))
        .hasSizeGreaterThan(10);
    List<ReferenceConsultation> reference = of(sink.rows, ReferenceConsultation.class);
    assertThat(reference)
        .filteredOn(c -> !historyOn.getOrDefault(c.patronId(), false))
        .hasSizeGreaterThan(10)
        .allSatisfy(c -> assertThat(c.topic()).isNull());
    assertThat(reference).filteredOn(c -> c.topic() != null).isNotEmpty();
  }

  @Test
  void familiesHaveVerifiedActiveGuardianLinksRecordingTheDocumentTypeOnly() {
    List<Row> rows = generate(5, TODAY, DemoDataGenerator.Size.DEMO, "calcasieu");
    Map<String, Patron> byId =
        of(rows, Patron.class).stream().collect(Collectors.toMap(Patron::id, p -> p));
    List<GuardianLink> links = of(rows, GuardianLink.class);

    assertThat(links).hasSizeGreaterThan(40);
    assertThat(links)
        .filteredOn(l -> l.status().equals("ACTIVE"))
        .hasSizeGreaterThan(links.size() * 8 / 10);
    Set<String> documents =
        new HashSet<>(List.of("DRIVERS_LICENSE", "STATE_ID", "PASSPORT", "MILITARY_ID"));
    assertThat(links)
        .filteredOn(l -> l.idDocumentType() != null)
        .allSatisfy(l -> assertThat(documents).contains(l.idDocumentType()))
        .allSatisfy(l -> assertThat(l.verifiedBy()).isEqualTo(DemoPatrons.STAFF_SUBJECT));
    // The one ACTIVE link without identification is Denise Landry's (from the ILS), on purpose.
    assertThat(links)
        .filteredOn(l -> l.status().equals("ACTIVE") && l.idDocumentType() == null)
        .extracting(l -> byId.get(l.minorId()).cardNumber())
        .containsExactly(DemoPatrons.UNVERIFIED_LINK_MINOR_CARD);
    assertThat(links)
        .allSatisfy(
            l -> {
              assertThat(byId.get(l.guardianId()).birthDate()).isBefore(TODAY.minusYears(18));
              assertThat(byId.get(l.minorId()).accountType()).isEqualTo("JUVENILE");
            });
  }

  @Test
  void theDemoLoginsAreTheRightPatrons() {
    RecordingSink sink = record(5, TODAY, DemoDataGenerator.Size.DEMO, "calcasieu");
    List<Row> rows = sink.rows;
    Map<String, Patron> bySubject =
        of(rows, Patron.class).stream()
            .filter(p -> p.keycloakSubject() != null)
            .collect(Collectors.toMap(Patron::keycloakSubject, p -> p));

    assertThat(bySubject)
        .containsOnlyKeys(
            DemoPatrons.ALICE_SUBJECT,
            DemoPatrons.GRACE_SUBJECT,
            DemoPatrons.MILO_SUBJECT,
            DemoPatrons.THEO_SUBJECT,
            DemoPatrons.ROSA_SUBJECT,
            DemoPatrons.RENEE_SUBJECT,
            // no demo login: the account Evelyn Carter signed her authorizations with
            DemoPatrons.EVELYN_SUBJECT);
    assertThat(bySubject.get(DemoPatrons.RENEE_SUBJECT).cardNumber())
        .isEqualTo(DemoPatrons.TURNING_18_GUARDIAN_CARD);
    assertThat(bySubject.get(DemoPatrons.ROSA_SUBJECT).cardNumber())
        .isEqualTo(DemoPatrons.ROSA_CARD);
    assertThat(bySubject.get(DemoPatrons.ALICE_SUBJECT).cardNumber())
        .isEqualTo(DemoPatrons.ALICE_CARD);
    assertThat(bySubject.get(DemoPatrons.GRACE_SUBJECT).cardNumber())
        .isEqualTo(DemoPatrons.GRACE_CARD);
    assertThat(bySubject.get(DemoPatrons.MILO_SUBJECT).cardNumber())
        .isEqualTo(DemoPatrons.MILO_CARD);
    assertThat(bySubject.get(DemoPatrons.THEO_SUBJECT).cardNumber())
        .isEqualTo(DemoPatrons.THEO_CARD);
    String alice = bySubject.get(DemoPatrons.ALICE_SUBJECT).id();
    assertThat(of(rows, Loan.class))
        .filteredOn(l -> alice.equals(l.patronId()))
        .extracting(Loan::dueOn)
        .contains(TODAY.plusDays(1), TODAY.plusDays(2), TODAY.plusDays(3));
    assertThat(sink.returns).filteredOn(l -> alice.equals(l.patronId())).hasSize(140);
    assertThat(historyOn(rows)).containsEntry(alice, true);
    String grace = bySubject.get(DemoPatrons.GRACE_SUBJECT).id();
    assertThat(of(rows, GuardianLink.class))
        .filteredOn(l -> l.guardianId().equals(grace))
        .extracting(l -> l.minorId(), GuardianLink::status, GuardianLink::idDocumentType)
        .containsExactlyInAnyOrder(
            tuple(bySubject.get(DemoPatrons.MILO_SUBJECT).id(), "ACTIVE", "DRIVERS_LICENSE"),
            tuple(idOfCard(rows, DemoPatrons.NORA_CARD), "ACTIVE", "DRIVERS_LICENSE"));
    // Grace turned her history off: her returns reach the entry point, which keeps none of them
    assertThat(sink.returns).filteredOn(l -> grace.equals(l.patronId())).hasSize(60);
    assertThat(historyOn(rows)).containsEntry(grace, false);
  }

  @Test
  void usesTheBranchesAndTownsOfTheLibrary() {
    List<Row> lawrence = generate(5, TODAY, new Size(100, 2_000), "lawrence");
    List<Row> calcasieu = generate(5, TODAY, new Size(100, 2_000), "calcasieu");

    assertThat(of(lawrence, Loan.class))
        .extracting(Loan::branch)
        .containsAnyOf("Main Library")
        .doesNotContain("Central Library");
    assertThat(of(calcasieu, Loan.class)).extracting(Loan::branch).contains("Central Library");
    // Everyone but the realm's demo logins and Nora (fixed addresses) lives around Lawrence.
    assertThat(of(lawrence, Patron.class))
        .filteredOn(p -> p.keycloakSubject() == null)
        .filteredOn(p -> !p.cardNumber().equals(DemoPatrons.NORA_CARD))
        .extracting(Patron::region)
        .containsOnly("KS");
  }

  @Test
  void refusesFewerPatronsThanTheHandMadeOnes() {
    assertThatThrownBy(() -> new Size(5, 10)).hasMessageContaining("at least 15");
  }

  private static List<Row> generate(long seed, LocalDate today, Size size, String library) {
    return record(seed, today, size, library).rows;
  }

  private static RecordingSink record(long seed, LocalDate today, Size size, String library) {
    RecordingSink sink = new RecordingSink();
    new DemoDataGenerator(seed, today, size, LibraryProfiles.load(library), DemoIds.Order.RANDOM)
        .generate(sink, Map.of());
    return sink;
  }

  private static <T extends Row> List<T> of(List<Row> rows, Class<T> type) {
    return rows.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static String idOfCard(List<Row> rows, String card) {
    return of(rows, Patron.class).stream()
        .filter(p -> p.cardNumber().equals(card))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static GuardianLink linkOf(List<Row> rows, Patron minor) {
    return of(rows, GuardianLink.class).stream()
        .filter(l -> l.minorId().equals(minor.id()))
        .findFirst()
        .orElseThrow();
  }
}
