package org.privacyportal.backend.demo;

import static org.privacyportal.backend.demo.DemoPatrons.ALICE_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.DIRECTOR_SUBJECT;
import static org.privacyportal.backend.demo.DemoPatrons.GRACE_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.GRACE_SUBJECT;
import static org.privacyportal.backend.demo.DemoPatrons.MILO_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.STAFF_SUBJECT;
import static org.privacyportal.backend.demo.DemoPatrons.TURNED_18_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.TURNED_18_GUARDIAN_CARD;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.audit.AccessEntry;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.desk.DeskLookup;
import org.privacyportal.backend.desk.DeskLookupMapper;
import org.privacyportal.backend.desk.DeskReason;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * The demo's access-log entries, one of each kind the patron's access log shows, written through
 * the access log itself (so the chain holds them like any other) at fixed times counted back from
 * the day of loading. Alice: a desk lookup by Sam Porter, a ticket he worked, a disclosure to the
 * person she authorized in writing (at the desk, at the moment of loading, just after she signed),
 * a court order whose notice delay has ended and one still sealed for 60 days. Milo: his guardian
 * Grace's reads. Lucas, 18 since last month: his father's reads from before the birthday, which he
 * keeps seeing.
 *
 * <p>The staff directory is left empty on purpose: it fills from the staff logins' own tokens the
 * first time they use the portal (so the browser test proves that path), and until then the entries
 * show "Library staff", the rule for a name the portal does not know.
 *
 * <p>Runs after the demo rows are committed (they are written in batch mode, which the log's
 * locking append cannot use), in a transaction of its own.
 */
final class DemoAccessLog {

  /**
   * A desk reason is a code (desk.DeskReason): the patron's access log says it in their language.
   */
  static final String DESK_REASON = DeskReason.ACCOUNT_QUESTION.name();

  static final String DESK_NOTE = "Overdue notice";

  private final LibraryProfile profile;
  private final LocalDate today;
  private final Instant loadedAt;
  private final DemoLibrary library;

  /**
   * @param loadedAt the moment of loading, after the demo's authorizations were signed: the
   *     disclosure under Alice's authorization cannot be older than the authorization
   */
  DemoAccessLog(LibraryProfile profile, LocalDate today, Instant loadedAt) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.today = Objects.requireNonNull(today, "today");
    this.loadedAt = Objects.requireNonNull(loadedAt, "loadedAt");
    this.library = DemoLibrary.forProfile(profile.id());
  }

  void write(SqlSession session, AccessLog log) {
    DemoDataMapper patrons = session.getMapper(DemoDataMapper.class);
    DemoAccessLogMapper mapper = session.getMapper(DemoAccessLogMapper.class);
    String alice = patrons.findPatronIdByCard(ALICE_CARD);
    String unsealed =
        courtOrder(mapper, alice, "2024-CV-0412", 45, today.minusDays(10), Category.LOANS);
    String sealed =
        courtOrder(mapper, alice, "2024-CV-0977", 7, today.plusDays(60), Category.HOLDS);
    String ticket = mapper.findTicket(alice, "PRIVACY_QUESTION");
    String desk = deskLookup(session, alice, 12, LocalTime.of(14, 0));
    String authorization = mapper.findAuthorization(alice, "Minh Nguyen");

    // Working her privacy question opened its thread (a PRIVACY_QUESTION ticket opens tickets and
    // the access log).
    append(
        log,
        session,
        alice,
        Category.TICKETS,
        Ground.LIBRARY_BUSINESS,
        STAFF_SUBJECT,
        "STAFF",
        ticket,
        null,
        at(200, LocalTime.of(11, 10)),
        null);
    append(
        log,
        session,
        alice,
        Category.LOANS,
        Ground.LEGAL_PROCESS,
        DIRECTOR_SUBJECT,
        "DIRECTOR",
        unsealed,
        null,
        at(40, LocalTime.of(10, 15)),
        today.minusDays(10));
    // A desk lookup's creation is its first entry (the profile: whose card it is), then what was
    // read.
    append(
        log,
        session,
        alice,
        Category.PROFILE,
        Ground.LIBRARY_BUSINESS,
        STAFF_SUBJECT,
        "STAFF",
        desk,
        DESK_REASON,
        at(12, LocalTime.of(14, 0)),
        null);
    append(
        log,
        session,
        alice,
        Category.LOANS,
        Ground.LIBRARY_BUSINESS,
        STAFF_SUBJECT,
        "STAFF",
        desk,
        DESK_REASON,
        at(12, LocalTime.of(14, 2)),
        null);
    append(
        log,
        session,
        alice,
        Category.FINES,
        Ground.LIBRARY_BUSINESS,
        STAFF_SUBJECT,
        "STAFF",
        desk,
        DESK_REASON,
        at(12, LocalTime.of(14, 4)),
        null);
    append(
        log,
        session,
        alice,
        Category.HOLDS,
        Ground.LEGAL_PROCESS,
        DIRECTOR_SUBJECT,
        "DIRECTOR",
        sealed,
        null,
        at(5, LocalTime.of(9, 45)),
        today.plusDays(60));
    // The person Alice authorized has no card: staff showed him her holds at the desk, once she had
    // signed it in the portal (DemoAuthorizations, at the moment of loading).
    append(
        log,
        session,
        alice,
        Category.HOLDS,
        Ground.WRITTEN_AUTHORIZATION,
        STAFF_SUBJECT,
        "STAFF",
        authorization,
        null,
        loadedAt,
        null);

    String milo = patrons.findPatronIdByCard(MILO_CARD);
    String grace = mapper.findGuardianLink(patrons.findPatronIdByCard(GRACE_CARD), milo);
    append(
        log,
        session,
        milo,
        Category.LOANS,
        Ground.GUARDIAN,
        GRACE_SUBJECT,
        "PATRON",
        grace,
        null,
        at(3, LocalTime.of(19, 5)),
        null);
    append(
        log,
        session,
        milo,
        Category.HOLDS,
        Ground.GUARDIAN,
        GRACE_SUBJECT,
        "PATRON",
        grace,
        null,
        at(1, LocalTime.of(18, 40)),
        null);

    // Lucas's father has no login: his subject is the one a login would carry, none of the realm's.
    String lucas = patrons.findPatronIdByCard(TURNED_18_CARD);
    String father =
        mapper.findGuardianLink(patrons.findPatronIdByCard(TURNED_18_GUARDIAN_CARD), lucas);
    append(
        log,
        session,
        lucas,
        Category.LOANS,
        Ground.GUARDIAN,
        "demo-guardian-" + TURNED_18_GUARDIAN_CARD,
        "PATRON",
        father,
        null,
        at(60, LocalTime.of(17, 20)),
        null);
  }

  private String courtOrder(
      DemoAccessLogMapper mapper,
      String patronId,
      String reference,
      int approvedDaysAgo,
      LocalDate noticeDelayedUntil,
      Category category) {
    String id = UUID.randomUUID().toString();
    mapper.insertLegalRequest(
        id,
        reference,
        today.minusDays(approvedDaysAgo + 3L),
        DIRECTOR_SUBJECT,
        at(approvedDaysAgo, LocalTime.of(9, 30)),
        noticeDelayedUntil);
    mapper.insertLegalRequestPatron(id, patronId);
    mapper.insertLegalRequestCategory(id, category.wireName());
    return id;
  }

  private String deskLookup(SqlSession session, String patronId, int daysAgo, LocalTime time) {
    String id = UUID.randomUUID().toString();
    Instant created = at(daysAgo, time);
    session
        .getMapper(DeskLookupMapper.class)
        .insert(
            new DeskLookup(
                id,
                STAFF_SUBJECT,
                patronId,
                DESK_REASON,
                DESK_NOTE,
                library.branches().getFirst(),
                created,
                created.plus(Duration.ofMinutes(30))));
    return id;
  }

  private static void append(
      AccessLog log,
      SqlSession session,
      String patronId,
      Category category,
      Ground ground,
      String actor,
      String actorRole,
      String groundRef,
      String reason,
      Instant at,
      LocalDate sealedUntil) {
    if (patronId == null || groundRef == null) {
      return; // a database from before the generator may lack the row: no entry rather than a
      // broken one
    }
    log.append(
        session,
        new AccessEntry(
            patronId,
            category,
            ground,
            actor,
            actorRole,
            null,
            groundRef,
            reason,
            at,
            sealedUntil));
  }

  /** {@code daysAgo} days before the day of loading, at this library-local time. */
  private Instant at(int daysAgo, LocalTime time) {
    return today.minusDays(daysAgo).atTime(time).atZone(profile.timeZone()).toInstant();
  }
}
