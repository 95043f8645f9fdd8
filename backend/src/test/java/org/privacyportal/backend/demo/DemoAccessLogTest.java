package org.privacyportal.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.accesslog.AccessLogEntry;
import org.privacyportal.backend.accesslog.AccessLogEntryMapper;
import org.privacyportal.backend.audit.AccessLogVerifier;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.db.MyBatis;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfiles;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.vocabulary.RecordQuery;

/**
 * The demo's access-log entries: one of each kind, chained like any other, the sealed one hidden.
 * Staff show by role until their own token names them (no staff directory entries in the demo).
 */
class DemoAccessLogTest {

  @Test
  void theDemoPatronsLogShowsEachKindByNameAndTheSealedCourtOrderNot() {
    LibraryProfile profile = LibraryProfiles.load(LibraryProfiles.DEFAULT_ID);
    try (FreshDatabase db = new FreshDatabase("portal_demo_access_log")) {
      SqlSessionFactory sessions = MyBatis.sessionFactory(db.dataSource(), BackendApp.mappers());
      new DemoDataLoader(
              sessions, Clock.systemUTC(), profile, new HmacAccessLog(TestBackend.ACCESS_LOG_KEY))
          .load();
      LocalDate today = LocalDate.now(profile.timeZone());

      try (SqlSession session = sessions.openSession()) {
        DemoDataMapper patrons = session.getMapper(DemoDataMapper.class);
        List<String> alice =
            lines(session, patrons.findPatronIdByCard(DemoPatrons.ALICE_CARD), today);
        List<String> milo =
            lines(session, patrons.findPatronIdByCard(DemoPatrons.MILO_CARD), today);
        List<String> lucas =
            lines(session, patrons.findPatronIdByCard(DemoPatrons.TURNED_18_CARD), today);
        String branch = DemoLibrary.forProfile(profile.id()).branches().getFirst();

        assertThat(alice)
            .containsExactly(
                "WRITTEN_AUTHORIZATION holds STAFF null Minh Nguyen null null",
                "LIBRARY_BUSINESS fines STAFF null null "
                    + branch
                    + " "
                    + DemoAccessLog.DESK_REASON,
                "LIBRARY_BUSINESS loans STAFF null null "
                    + branch
                    + " "
                    + DemoAccessLog.DESK_REASON,
                "LIBRARY_BUSINESS profile STAFF null null "
                    + branch
                    + " "
                    + DemoAccessLog.DESK_REASON,
                "LEGAL_PROCESS loans DIRECTOR null null null null",
                "LIBRARY_BUSINESS tickets STAFF null null null null");
        assertThat(milo)
            .containsExactly(
                "GUARDIAN holds PATRON Grace Okafor null null null",
                "GUARDIAN loans PATRON Grace Okafor null null null");
        assertThat(lucas).singleElement().asString().startsWith("GUARDIAN loans PATRON ");
        // the sealed court order is there, only not shown
        assertThat(
                lines(
                    session,
                    patrons.findPatronIdByCard(DemoPatrons.ALICE_CARD),
                    today.plusDays(60)))
            .hasSize(7)
            .element(1)
            .asString()
            .startsWith("LEGAL_PROCESS holds DIRECTOR");
      }
      assertThat(AccessLogVerifier.verify(sessions, TestBackend.ACCESS_LOG_KEY).intact()).isTrue();
    }
  }

  @Test
  void withoutTheAccessLogTheLoaderWritesNoEntries() {
    try (FreshDatabase db = new FreshDatabase("portal_demo_no_access_log")) {
      SqlSessionFactory sessions = MyBatis.sessionFactory(db.dataSource(), BackendApp.mappers());
      new DemoDataLoader(
              sessions, Clock.systemUTC(), LibraryProfiles.load(LibraryProfiles.DEFAULT_ID))
          .load();

      assertThat(AccessLogVerifier.verify(sessions, TestBackend.ACCESS_LOG_KEY).entriesChecked())
          .isZero();
    }
  }

  private static List<String> lines(SqlSession session, String patronId, LocalDate today) {
    List<AccessLogEntry> entries =
        session
            .getMapper(AccessLogEntryMapper.class)
            .entries(new RecordQuery(patronId, null, null, today, 0, 50, null));
    return entries.stream()
        .map(AccessLogEntry::entry)
        .map(
            e ->
                e.ground()
                    + " "
                    + e.category()
                    + " "
                    + e.actorRole()
                    + " "
                    + e.actorName()
                    + " "
                    + e.granteeName()
                    + " "
                    + e.branch()
                    + " "
                    + e.reason())
        .toList();
  }
}
