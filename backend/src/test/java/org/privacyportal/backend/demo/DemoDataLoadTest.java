package org.privacyportal.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.demo.DemoDataGenerator.Size;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfiles;
import org.privacyportal.backend.patron.PatronMapper;
import org.privacyportal.backend.patron.PatronProfile;

/** The demo set as the backend loads it, into databases of its own on the embedded MariaDB. */
class DemoDataLoadTest {

  // Noon in Lake Charles and Lawrence: the library's "today" is 2026-11-23.
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);
  private static final LibraryProfile CALCASIEU = LibraryProfiles.load("calcasieu");

  private static final Size SMALL = new Size(40, 1_000);

  private static FreshDatabase first;
  private static FreshDatabase second;
  private static int loadedFirst;

  @BeforeAll
  static void loadTwoDatabasesFromTheSameSeed() {
    first = new FreshDatabase("demo_load_a").refusingLoansInsertedAsReturned();
    second = new FreshDatabase("demo_load_b");
    loadedFirst = new DemoDataLoader(first.sessions(), CLOCK, CALCASIEU).load();
    new DemoDataLoader(second.sessions(), CLOCK, CALCASIEU).load();
  }

  @AfterAll
  static void close() {
    first.close();
    second.close();
  }

  @Test
  void theSameSeedAndDayGiveIdenticalTables() {
    Map<String, String> digests = first.digests();

    assertThat(second.digests()).isEqualTo(digests);
    assertThat(digests.get("patron")).startsWith("400:");
    assertThat(digests.get("loan")).startsWith("24000:");
    assertThat(loadedFirst).isEqualTo(400);
  }

  @Test
  void loadingAgainChangesNothing() {
    Map<String, String> before = first.digests();

    int inserted = new DemoDataLoader(first.sessions(), CLOCK, CALCASIEU).load();
    // A day later, another library profile: still the set already there.
    int later =
        new DemoDataLoader(
                first.sessions(),
                Clock.offset(CLOCK, java.time.Duration.ofDays(1)),
                LibraryProfiles.load("lawrence"))
            .load();

    assertThat(inserted).isZero();
    assertThat(later).isZero();
    assertThat(first.digests()).isEqualTo(before);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM demo_data_set WHERE status = 'COMPLETE' AND seed = "
                    + DemoDataLoader.DEFAULT_SEED
                    + " AND generated_for = '2026-11-23'"))
        .isEqualTo(1);
  }

  @Test
  void twoBackendsStartingTogetherLoadItOnce() throws Exception {
    try (FreshDatabase shared = new FreshDatabase("demo_load_race")) {
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var a = pool.submit(() -> small(shared).load());
        var b = pool.submit(() -> small(shared).load());

        assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(SMALL.patrons(), 0);
        assertThat(shared.count("SELECT COUNT(*) FROM patron")).isEqualTo(SMALL.patrons());
        assertThat(shared.count("SELECT COUNT(*) FROM loan")).isEqualTo(SMALL.loans());
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void demoPatronsFromBeforeTheGeneratorKeepTheirIdsAndGetTheirRecords() {
    try (FreshDatabase old = new FreshDatabase("demo_load_old")) {
      DemoDataLoader.register(old.sessions().getConfiguration());
      old.sessions().getConfiguration().addMapper(PatronMapper.class);
      String aliceId = "0f8c7a2e-5b1d-4e6f-9a3c-2d4b6e8f0a1c";
      try (SqlSession session = old.sessions().openSession(true)) {
        PatronProfile alice = DemoPatrons.all(LocalDate.of(2026, 11, 23)).getFirst().profile();
        session
            .getMapper(PatronMapper.class)
            .insert(
                new PatronProfile(
                    aliceId,
                    alice.firstName(),
                    alice.lastName(),
                    alice.cardNumber(),
                    alice.birthDate(),
                    alice.email(),
                    alice.phone(),
                    alice.address(),
                    alice.accountType(),
                    alice.expiresOn()),
                DemoPatrons.ALICE_SUBJECT);
      }

      int inserted = small(old).load();

      assertThat(inserted).isEqualTo(SMALL.patrons() - 1);
      assertThat(old.count("SELECT COUNT(*) FROM patron")).isEqualTo(SMALL.patrons());
      assertThat(
              old.count(
                  "SELECT COUNT(*) FROM patron WHERE id = '"
                      + aliceId
                      + "' AND card_number = '"
                      + DemoPatrons.ALICE_CARD
                      + "'"))
          .isEqualTo(1);
      assertThat(old.count("SELECT COUNT(*) FROM loan WHERE patron_id = '" + aliceId + "'"))
          .isEqualTo(144);
    }
  }

  private static DemoDataLoader small(FreshDatabase db) {
    return new DemoDataLoader(db.sessions(), CLOCK, CALCASIEU, DemoDataLoader.DEFAULT_SEED, SMALL);
  }

  @Test
  void nothingIsInTheAccessLog() {
    assertThat(first.count("SELECT COUNT(*) FROM access_log")).isZero();
  }

  @Test
  void everyReturnCameThroughTheIlsEntryPointAndEndedAsBefore() {
    // "first" refused any loan inserted as returned: each of these was returned by LoanReturns'
    // UPDATE.
    // The figures are those of the generator from before, which wrote the end state directly.
    assertThat(first.count("SELECT COUNT(*) FROM loan WHERE returned_at IS NULL")).isEqualTo(932);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM loan WHERE returned_at IS NOT NULL AND patron_id IS NOT NULL"))
        .isEqualTo(8_959);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM loan WHERE returned_at IS NOT NULL AND patron_id IS NULL"))
        .isEqualTo(14_109);
  }

  @Test
  void optedOutPatronsHaveNoReturnedLoansUnderTheirId() {
    // The current state of a consent is its newest entry; no entry means off.
    String historyOn =
        "SELECT c.patron_id FROM consent_entry c WHERE c.consent = 'READING_HISTORY' AND c.granted"
            + " AND NOT EXISTS (SELECT 1 FROM consent_entry n WHERE n.patron_id = c.patron_id"
            + " AND n.consent = 'READING_HISTORY' AND n.recorded_at > c.recorded_at)";

    assertThat(
            first.count(
                "SELECT COUNT(*) FROM loan WHERE returned_at IS NOT NULL AND patron_id IS NOT NULL"
                    + " AND patron_id NOT IN ("
                    + historyOn
                    + ")"))
        .isZero();
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM loan WHERE returned_at IS NOT NULL AND patron_id IN ("
                    + historyOn
                    + ")"))
        .isGreaterThan(1_000);
    assertThat(first.count("SELECT COUNT(*) FROM loan WHERE patron_id IS NULL"))
        .isGreaterThan(1_000);
  }

  /**
   * Reading history in another guise (docs/consents.md) stays only with patrons whose opt-in is on.
   */
  @Test
  void optedOutPatronsKeepNoEndedHoldTitlesOnlineServiceDetailsOrReferenceTopics() {
    String historyOn =
        "SELECT c.patron_id FROM consent_entry c WHERE c.consent = 'READING_HISTORY' AND c.granted"
            + " AND NOT EXISTS (SELECT 1 FROM consent_entry n WHERE n.patron_id = c.patron_id"
            + " AND n.consent = 'READING_HISTORY' AND n.recorded_at > c.recorded_at)";
    String ended = "status IN ('FULFILLED', 'CANCELLED', 'EXPIRED')";

    assertThat(
            first.count(
                "SELECT COUNT(*) FROM hold_request WHERE "
                    + ended
                    + " AND patron_id NOT IN ("
                    + historyOn
                    + ") AND (title IS NOT NULL OR author IS NOT NULL)"))
        .isZero();
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM hold_request WHERE "
                    + ended
                    + " AND patron_id NOT IN ("
                    + historyOn
                    + ") AND title IS NULL"))
        .isGreaterThan(50);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM hold_request WHERE "
                    + ended
                    + " AND patron_id IN ("
                    + historyOn
                    + ") AND title IS NOT NULL"))
        .isGreaterThan(10);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM hold_request WHERE NOT " + ended + " AND title IS NULL"))
        .isZero();
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM online_service_use WHERE detail IS NOT NULL AND patron_id NOT IN ("
                    + historyOn
                    + ")"))
        .isZero();
    assertThat(
            first.count("SELECT COUNT(*) FROM online_service_use WHERE detail LIKE 'Borrowed: %'"))
        .isGreaterThan(10);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM reference_consultation WHERE topic IS NOT NULL"
                    + " AND patron_id NOT IN ("
                    + historyOn
                    + ")"))
        .isZero();
  }

  @Test
  void theDemoLoginsMapToTheirPatrons() {
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM patron WHERE keycloak_subject = '"
                    + DemoPatrons.ALICE_SUBJECT
                    + "' AND card_number = '"
                    + DemoPatrons.ALICE_CARD
                    + "' AND first_name = 'Alice'"))
        .isEqualTo(1);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM patron WHERE keycloak_subject = '"
                    + DemoPatrons.MILO_SUBJECT
                    + "' AND card_number = '"
                    + DemoPatrons.MILO_CARD
                    + "' AND account_type = 'JUVENILE'"))
        .isEqualTo(1);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM patron WHERE keycloak_subject = '"
                    + DemoPatrons.THEO_SUBJECT
                    + "' AND card_number = '"
                    + DemoPatrons.THEO_CARD
                    + "'"))
        .isEqualTo(1);
    // the six demo logins' patrons (Renee Broussard included), and Evelyn Carter, who signed her
    // authorizations in the portal
    assertThat(first.count("SELECT COUNT(*) FROM patron WHERE keycloak_subject IS NOT NULL"))
        .isEqualTo(7);
    // Rosa Delgado and her children: not linked, so the guardian-link request can be shown from
    // scratch
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM guardian_link l JOIN patron g ON g.id = l.guardian_id"
                    + " WHERE g.keycloak_subject = '"
                    + DemoPatrons.ROSA_SUBJECT
                    + "'"))
        .isZero();
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM guardian_link l JOIN patron m ON m.id = l.minor_id"
                    + " WHERE m.card_number IN ('"
                    + DemoPatrons.MATEO_CARD
                    + "', '"
                    + DemoPatrons.LUCIA_CARD
                    + "')"))
        .isZero();
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM guardian_link l JOIN patron g ON g.id = l.guardian_id"
                    + " JOIN patron m ON m.id = l.minor_id WHERE g.keycloak_subject = '"
                    + DemoPatrons.GRACE_SUBJECT
                    + "'"
                    + " AND m.card_number IN ('"
                    + DemoPatrons.MILO_CARD
                    + "', '"
                    + DemoPatrons.NORA_CARD
                    + "')"
                    + " AND l.status = 'ACTIVE' AND l.id_document_type = 'DRIVERS_LICENSE' AND l.verified_at IS NOT NULL"))
        .isEqualTo(2);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM loan l JOIN patron p ON p.id = l.patron_id"
                    + " WHERE p.keycloak_subject = '"
                    + DemoPatrons.ALICE_SUBJECT
                    + "' AND l.returned_at IS NULL"
                    + " AND l.due_on BETWEEN '2026-11-24' AND '2026-11-26'"))
        .isEqualTo(3);
  }

  @Test
  void authorizationHashesMatchTheirSignedText() {
    assertThat(first.count("SELECT COUNT(*) FROM written_authorization")).isEqualTo(3);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM written_authorization"
                    + " WHERE content_hash <> SHA2(signed_text, 256)"))
        .isZero();
  }

  /**
   * Signed through the portal's service (DemoAuthorizations), not inserted: each has the typed
   * name, the sign-in time, a twenty-character code and its ledger entry; the revoked one its
   * revocation's entry; Theo's names his patron record.
   */
  @Test
  void theDemoAuthorizationsWereSignedThroughThePortalsService() {
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM written_authorization a JOIN consent_entry e"
                    + " ON e.id = a.grant_entry_id AND e.patron_id = a.patron_id"
                    + " AND e.consent = 'WRITTEN_AUTHORIZATION_GRANT' AND e.actor_subject = a.signed_by_subject"
                    + " WHERE a.signer_typed_name IS NOT NULL AND a.auth_time IS NOT NULL"
                    + " AND a.signed_at IS NOT NULL AND a.signed_by_role = 'SELF'"
                    + " AND a.verification_code REGEXP '^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{20}$'"))
        .isEqualTo(3);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM written_authorization a JOIN consent_entry e"
                    + " ON e.id = a.revoke_entry_id AND e.consent = 'WRITTEN_AUTHORIZATION_REVOKE'"
                    + " WHERE a.grantee_name = 'Robert Carter' AND a.revoked_at IS NOT NULL"))
        .isEqualTo(1);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM written_authorization a JOIN patron g ON g.id = a.grantee_patron_id"
                    + " WHERE a.grantee_name = 'Theo Grant' AND g.card_number = '"
                    + DemoPatrons.THEO_CARD
                    + "' AND a.revoked_at IS NULL"))
        .isEqualTo(1);
    assertThat(
            first.count(
                "SELECT COUNT(*) FROM written_authorization a JOIN patron p ON p.id = a.patron_id"
                    + " WHERE a.grantee_name = 'Minh Nguyen' AND a.grantee_patron_id IS NULL"
                    + " AND p.card_number = '"
                    + DemoPatrons.ALICE_CARD
                    + "'"))
        .isEqualTo(1);
  }
}
