package org.privacyportal.backend.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyportal.backend.accesslog.AccessLogApiTest.JSON;
import static org.privacyportal.backend.accesslog.AccessLogApiTest.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.library.LibraryProfiles;
import org.privacyportal.backend.support.SettableClock;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;

/**
 * Time in the access log view, on a fixed clock: a sealed legal access appears at 00:00 library
 * time on its notice date (and follows the request when a court moves that date), and a patron who
 * has come of age still sees their former guardian's reads, by name.
 */
class AccessLogSealingTest {

  private static final String PROFILE = LibraryProfiles.DEFAULT_ID;
  private static final ZoneId ZONE = LibraryProfiles.load(PROFILE).timeZone();

  private final TestData data = new TestData(TestBackend.get().dataSource());

  @Test
  void aSealedLegalAccessAppearsAtMidnightLibraryTimeOnItsNoticeDateAndFollowsTheCourt()
      throws Exception {
    LocalDate notice = LocalDate.of(2027, 6, 10);
    Patron patron = data.patron("Sol", LocalDate.of(1980, 1, 1), true);
    String order =
        data.legalRequest(
            "LEGAL_PROCESS",
            "COURT_ORDER",
            "APPROVED",
            null,
            null,
            notice,
            List.of(patron),
            Category.HOLDS);
    SettableClock clock = new SettableClock(Instant.parse("2027-06-01T15:00:00Z"));
    try (TestBackend backend =
        TestBackend.start(PROFILE, clock, new HmacAccessLog(TestBackend.ACCESS_LOG_KEY))) {
      String director = backend.tokens().accessToken(TestData.newId(), "director");
      String self = backend.tokens().accessToken(patron.subject(), "patron");
      assertThat(
              backend
                  .get("/api/v1/patrons/" + patron.id() + "/holds?legal=" + order, director)
                  .statusCode())
          .isEqualTo(200);
      String entryId = onlyEntryOf(patron);
      String question = path(patron) + "/" + entryId + "/questions";

      clock.set(notice.minusDays(1).atTime(23, 59, 59).atZone(ZONE).toInstant());
      assertThat(total(backend, patron, self))
          .as("the last second before the notice date")
          .isZero();
      assertThat(categoryTotal(backend, patron, self)).as("nor in the records category").isZero();
      assertThat(backend.post(question, self, "{}").statusCode())
          .as("no question about a sealed entry")
          .isEqualTo(404);

      // UTC midnight comes first; the library's date is what counts.
      clock.set(notice.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60));
      assertThat(notice.atStartOfDay(ZoneOffset.UTC).toInstant())
          .isBefore(notice.atStartOfDay(ZONE).toInstant());
      assertThat(total(backend, patron, self))
          .as("after UTC midnight, before library midnight")
          .isZero();

      clock.set(notice.atStartOfDay(ZONE).toInstant());
      JsonNode log = log(backend, patron, self);
      assertThat(log.get("total").asLong()).as("00:00 on the notice date").isEqualTo(1);
      JsonNode entry = log.get("items").get(0);
      assertThat(entry.get("ground").asText()).isEqualTo("LEGAL_PROCESS");
      assertThat(entry.get("actorRole").asText()).isEqualTo("DIRECTOR");
      assertThat(entry.get("legalInstrument").asText()).isEqualTo("COURT_ORDER");
      assertThat(entry.get("actorName").isNull()).isTrue();
      assertThat(categoryTotal(backend, patron, self)).isEqualTo(1);
      var asked = backend.post(question, self, "{}");
      assertThat(asked.statusCode())
          .as("once unsealed, the patron may ask about it")
          .isEqualTo(201);
      assertThat(ticketSubject(JSON.readTree(asked.body()).get("ticketId").asText()))
          .isEqualTo(
              "Question about an access to my records on 2027-06-01 10:00: holds, legal process (court order)");

      data.update(
          "UPDATE legal_request SET notification_delayed_until = ? WHERE id = ?",
          notice.plusDays(30),
          order);
      assertThat(total(backend, patron, self)).as("the court extended the delay").isZero();

      data.update("UPDATE legal_request SET notification_delayed_until = NULL WHERE id = ?", order);
      clock.set(notice.minusDays(5).atStartOfDay(ZONE).toInstant());
      assertThat(total(backend, patron, self)).as("the court lifted the delay early").isEqualTo(1);
    }
  }

  @Test
  void aPatronWhoCameOfAgeSeesTheFormerGuardiansReadsByNameAndTheGuardianNoLongerSeesTheLog()
      throws Exception {
    LocalDate majority = LocalDate.of(2027, 9, 3);
    Patron minor = data.patron("Ada", majority.minusYears(18), true);
    Patron father = data.patron("Abe", majority.minusYears(47), true);
    data.guardianLink(father, minor, true);
    SettableClock clock =
        new SettableClock(majority.minusDays(20).atTime(16, 0).atZone(ZONE).toInstant());
    try (TestBackend backend =
        TestBackend.start(PROFILE, clock, new HmacAccessLog(TestBackend.ACCESS_LOG_KEY))) {
      String asFather = backend.tokens().accessToken(father.subject(), "patron");
      assertThat(backend.get("/api/v1/patrons/" + minor.id() + "/loans", asFather).statusCode())
          .isEqualTo(200);
      assertThat(backend.get(path(minor), asFather).statusCode())
          .as("the guardian, while guardian")
          .isEqualTo(200);

      clock.set(majority.atStartOfDay(ZONE).toInstant());
      HttpAnswers answers =
          new HttpAnswers(
              backend.get(path(minor), asFather),
              backend.get("/api/v1/patrons/" + TestData.newId() + "/access-log/entries", asFather));
      assertThat(answers.refused().statusCode())
          .as("the link ended on the birthday")
          .isEqualTo(404);
      assertThat(answers.refused().body()).isEqualTo(answers.missing().body());

      JsonNode log = log(backend, minor, backend.tokens().accessToken(minor.subject(), "patron"));
      assertThat(AccessLogApiTest.lines(log))
          .containsExactly(
              "GUARDIAN access_log PATRON Abe " + father.lastName() + " null null null null",
              "GUARDIAN loans PATRON Abe " + father.lastName() + " null null null null");
    }
  }

  private record HttpAnswers(
      java.net.http.HttpResponse<String> refused, java.net.http.HttpResponse<String> missing) {}

  private static JsonNode log(TestBackend backend, Patron patron, String token) throws Exception {
    var response = backend.get(path(patron), token);
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static long total(TestBackend backend, Patron patron, String token) throws Exception {
    return log(backend, patron, token).get("total").asLong();
  }

  private static long categoryTotal(TestBackend backend, Patron patron, String token)
      throws Exception {
    return JSON.readTree(
            backend.get("/api/v1/patrons/" + patron.id() + "/access_log", token).body())
        .get("total")
        .asLong();
  }

  private static String ticketSubject(String ticketId) throws Exception {
    try (Connection connection = TestBackend.get().dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT subject FROM ticket WHERE id = ?")) {
      statement.setString(1, ticketId);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1);
      }
    }
  }

  private String onlyEntryOf(Patron patron) throws Exception {
    try (Connection connection = TestBackend.get().dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT id FROM access_log WHERE patron_id = ?")) {
      statement.setString(1, patron.id());
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).isTrue();
        String id = rows.getString(1);
        assertThat(rows.next()).as("one entry only").isFalse();
        return id;
      }
    }
  }
}
