package org.privacyportal.backend.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.LogRow;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/** The access core's guarantees (docs/access-core.md), each shown on the embedded database. */
class AccessCoreTest {

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());
  private final AccessPolicy policy =
      new AccessPolicy(backend.profile(), java.time.Clock.systemUTC());
  private final AccessCore core =
      new AccessCore(backend.sessions(), policy, new HmacAccessLog(TestBackend.ACCESS_LOG_KEY));

  private final Patron minor = data.patron("Mia", LocalDate.now().minusYears(12), true);
  private final Patron guardian = data.patron("Gil", LocalDate.now().minusYears(40), true);
  private final Patron stranger = data.patron("Sam", LocalDate.now().minusYears(33), true);

  AccessCoreTest() {
    data.guardianLink(guardian, minor, true);
  }

  @Test
  void aRefusedCallerGetsEmptyTheWorkNeverRunsAndNothingIsLogged() {
    long before = data.lastAccessLogSeq();
    AtomicBoolean ran = new AtomicBoolean();
    Optional<String> answer =
        core.run(
            user(stranger),
            minor.id(),
            Purpose.read(Category.LOANS, RequestContext.NONE),
            scope -> {
              ran.set(true);
              return "read";
            });
    assertThat(answer).isEmpty();
    assertThat(ran).isFalse();
    assertThat(entriesAbout(minor, before)).isEmpty();
  }

  @Test
  void aPatronThatDoesNotExistIsRefusedLikeOneTheCallerMayNotSee() {
    assertThat(
            core.run(
                user(guardian),
                TestData.newId(),
                Purpose.read(Category.LOANS, RequestContext.NONE),
                scope -> "read"))
        .isEmpty();
  }

  @Test
  void aGuardianReadIsLoggedOncePerCategoryAndOnlyWhenTheUnitCommits() {
    long before = data.lastAccessLogSeq();
    Optional<Integer> answer =
        core.run(
            user(guardian),
            minor.id(),
            Purpose.readAll(RequestContext.NONE, Category.LOANS, Category.HOLDS),
            scope -> {
              assertThat(scope.grant(Category.LOANS).orElseThrow().ground())
                  .isEqualTo(Ground.GUARDIAN);
              // inside the unit nothing is logged yet: the entries are appended last, with the
              // commit
              assertThat(entriesAbout(minor, before)).isEmpty();
              return scope.categories().size();
            });
    assertThat(answer).contains(2);
    List<LogRow> entries = entriesAbout(minor, before);
    assertThat(entries).extracting(LogRow::category).containsExactly("loans", "holds");
    assertThat(entries).extracting(LogRow::ground).containsOnly("GUARDIAN");
    assertThat(entries).extracting(LogRow::actorSubject).containsOnly(guardian.subject());
  }

  @Test
  void whenTheWorkFailsEverythingRollsBackAndNothingIsLogged() {
    long before = data.lastAccessLogSeq();
    assertThatThrownBy(
            () ->
                core.run(
                    user(guardian),
                    minor.id(),
                    Purpose.selfService(Category.PROFILE),
                    scope -> {
                      write(
                          scope.session(),
                          "UPDATE patron SET email = 'changed@example.org' WHERE id = '"
                              + minor.id()
                              + "'");
                      throw new IllegalStateException("the work failed");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(entriesAbout(minor, before)).isEmpty();
    assertThat(data.rows("SELECT COALESCE(email, '-') FROM patron WHERE id = ?", minor.id()))
        .doesNotContain("changed@example.org");
  }

  @Test
  void workWithNothingToDiscloseAnswersEmptyAndLogsNothing() {
    long before = data.lastAccessLogSeq();
    assertThat(
            core.run(
                user(guardian), minor.id(), Purpose.selfService(Category.CONSENTS), scope -> null))
        .isEmpty();
    assertThat(entriesAbout(minor, before)).isEmpty();
  }

  @Test
  void aRefusalAfterCommitKeepsTheWorkAndTheLogEntryThenThrows() {
    long before = data.lastAccessLogSeq();
    IllegalArgumentException refusal = new IllegalArgumentException("wrong code");
    assertThatThrownBy(
            () ->
                core.run(
                    user(guardian),
                    minor.id(),
                    Purpose.consentChange(),
                    scope -> {
                      write(
                          scope.session(),
                          "UPDATE patron SET email = 'kept@example.org' WHERE id = '"
                              + minor.id()
                              + "'");
                      throw scope.refuseAfterCommit(refusal);
                    }))
        .isSameAs(refusal);
    assertThat(data.rows("SELECT email FROM patron WHERE id = ?", minor.id()))
        .containsExactly("kept@example.org");
    assertThat(entriesAbout(minor, before))
        .extracting(LogRow::category)
        .containsExactly("consents");
  }

  @Test
  void thePatronsOwnAccessIsNeverLogged() {
    long before = data.lastAccessLogSeq();
    assertThat(
            core.run(
                user(minor),
                minor.id(),
                Purpose.everything(RequestContext.NONE),
                scope -> scope.categories()))
        .contains(Set.of(Category.values()));
    assertThat(core.own(user(minor), Purpose.selfService(Category.PROFILE), Scope::patronId))
        .contains(minor.id());
    assertThat(entriesAbout(minor, before)).isEmpty();
  }

  @Test
  void selfServiceIsForThePatronAndTheGuardianOnly() {
    String staff = TestData.newId();
    String lookup =
        data.deskLookup(
            staff,
            minor,
            "FINES_PAYMENT",
            Instant.now().minus(1, ChronoUnit.MINUTES),
            Instant.now().plus(5, ChronoUnit.MINUTES));
    AuthenticatedUser staffMember =
        new AuthenticatedUser(staff, Set.of("staff"), null, Instant.now().plusSeconds(60));
    RequestContext atTheDesk = new RequestContext(null, lookup, null);
    assertThat(
            core.run(
                staffMember,
                minor.id(),
                Purpose.read(Category.PROFILE, atTheDesk),
                Scope::patronId))
        .isPresent();
    assertThat(
            core.run(
                staffMember, minor.id(), Purpose.selfService(Category.PROFILE), Scope::patronId))
        .isEmpty();
    assertThat(
            core.run(
                staffMember,
                minor.id(),
                Purpose.libraryBusiness(Category.PROFILE, atTheDesk),
                Scope::patronId))
        .isPresent();
    assertThat(
            core.run(
                user(guardian),
                minor.id(),
                Purpose.libraryBusiness(Category.PROFILE, RequestContext.NONE),
                Scope::patronId))
        .isEmpty();
  }

  @Test
  void theCoreChoosesReadCommittedForConsentChangesOnly() throws SQLException {
    assertThat(
            core.run(
                user(guardian), minor.id(), Purpose.consentChange(), AccessCoreTest::isolation))
        .contains(Connection.TRANSACTION_READ_COMMITTED);
    assertThat(
            core.run(
                user(guardian),
                minor.id(),
                Purpose.selfService(Category.CONSENTS),
                AccessCoreTest::isolation))
        .contains(Connection.TRANSACTION_REPEATABLE_READ);
    assertThat(
            core.run(
                user(guardian),
                minor.id(),
                Purpose.read(Category.LOANS, RequestContext.NONE),
                AccessCoreTest::isolation))
        .contains(Connection.TRANSACTION_REPEATABLE_READ);
  }

  @Test
  void aListLogsEachPatronItWasGrantedAndSkipsTheOthers() {
    long before = data.lastAccessLogSeq();
    int shown =
        core.list(
            user(guardian),
            unit -> {
              int count = 0;
              for (Patron patron : List.of(minor, stranger)) {
                if (unit.access(patron.id(), Purpose.read(Category.PROFILE, RequestContext.NONE))
                    .isPresent()) {
                  count++;
                }
              }
              return count;
            });
    assertThat(shown).isEqualTo(1);
    assertThat(entriesAbout(minor, before)).extracting(LogRow::category).containsExactly("profile");
    assertThat(entriesAbout(stranger, before)).isEmpty();
  }

  @Test
  void aCheckOnlyPurposeDecidesButLogsNothing() {
    long before = data.lastAccessLogSeq();
    assertThat(
            core.run(
                user(guardian),
                minor.id(),
                Purpose.selfServiceCheck(Category.PROFILE),
                scope -> scope.grant().ground()))
        .contains(Ground.GUARDIAN);
    assertThat(entriesAbout(minor, before)).isEmpty();
  }

  @Test
  void staffWorkingAnOpenGuardianLinkTicketMayReadTheNamedChildsProfileAndNothingElse() {
    String lostCard = data.ticket(guardian, "OPEN");
    String linkTicket = data.ticket(guardian, "OPEN");
    data.update("UPDATE ticket SET type = 'GUARDIAN_LINK' WHERE id = ?", linkTicket);
    String resolved = data.ticket(guardian, "RESOLVED");
    data.update("UPDATE ticket SET type = 'GUARDIAN_LINK' WHERE id = ?", resolved);
    AuthenticatedUser staffMember =
        new AuthenticatedUser(
            TestData.newId(), Set.of("staff"), null, Instant.now().plusSeconds(60));
    long before = data.lastAccessLogSeq();

    assertThat(
            core.run(
                staffMember,
                minor.id(),
                Purpose.childOnLinkTicket(linkTicket, guardian.id()),
                scope -> scope.categories()))
        .contains(Set.of(Category.PROFILE));
    assertThat(entriesAbout(minor, before))
        .extracting(LogRow::category, LogRow::ground, LogRow::groundRef)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("profile", "LIBRARY_BUSINESS", linkTicket));

    assertThat(
            core.run(
                staffMember,
                minor.id(),
                Purpose.childOnLinkTicket(lostCard, guardian.id()),
                Scope::patronId))
        .as("another type of ticket")
        .isEmpty();
    assertThat(
            core.run(
                staffMember,
                minor.id(),
                Purpose.childOnLinkTicket(resolved, guardian.id()),
                Scope::patronId))
        .as("a decided ticket")
        .isEmpty();
    assertThat(
            core.run(
                staffMember,
                minor.id(),
                Purpose.childOnLinkTicket(linkTicket, stranger.id()),
                Scope::patronId))
        .as("a ticket about someone else")
        .isEmpty();
    assertThat(
            core.run(
                user(stranger),
                minor.id(),
                Purpose.childOnLinkTicket(linkTicket, guardian.id()),
                Scope::patronId))
        .as("not staff")
        .isEmpty();
    assertThat(
            core.run(
                staffMember,
                minor.id(),
                Purpose.read(Category.PROFILE, new RequestContext(linkTicket, null, null)),
                Scope::patronId))
        .as("the ticket is not about the child")
        .isEmpty();
  }

  @Test
  void theUnitsInstantIsTakenOnFirstUseSoAChangeThatWaitedForALockIsStampedAfterIt() {
    Optional<Instant[]> times =
        core.run(
            user(guardian),
            minor.id(),
            Purpose.consentChange(),
            scope -> {
              try {
                Thread.sleep(30); // as if waiting for the patron's lock
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              Instant afterTheWait = Instant.now().truncatedTo(ChronoUnit.MICROS);
              return new Instant[] {afterTheWait, scope.now(), scope.now()};
            });
    assertThat(times.orElseThrow()[1]).isAfterOrEqualTo(times.orElseThrow()[0]);
    assertThat(times.orElseThrow()[2])
        .as("one instant for the whole unit")
        .isEqualTo(times.orElseThrow()[1]);
  }

  private List<LogRow> entriesAbout(Patron patron, long after) {
    return data.accessLogAfter(after).stream()
        .filter(row -> row.patronId().equals(patron.id()))
        .toList();
  }

  private static AuthenticatedUser user(Patron patron) {
    return new AuthenticatedUser(
        patron.subject(), Set.of("patron"), null, Instant.now().plusSeconds(3600));
  }

  private static int isolation(Scope scope) throws SQLException {
    return scope.session().getConnection().getTransactionIsolation();
  }

  private static void write(SqlSession session, String sql) {
    try (Statement statement = session.getConnection().createStatement()) {
      statement.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
