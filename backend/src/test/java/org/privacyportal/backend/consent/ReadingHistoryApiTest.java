package org.privacyportal.backend.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.backend.http.ProblemType;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * GET/PUT /api/v1/patrons/{id}/consents/reading-history: the opt-in, its ledger and the deletion.
 */
class ReadingHistoryApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant DAY_AGO = Instant.now().minus(1, ChronoUnit.DAYS);

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  private static String path(Patron patron) {
    return "/api/v1/patrons/" + patron.id() + "/consents/reading-history";
  }

  private String token(Patron patron) {
    return backend.tokens().accessToken(patron.subject());
  }

  private Patron adult() {
    return data.patron("Rae", LocalDate.now().minusYears(40), true);
  }

  @Test
  void offByDefaultThenOnIsOneLedgerEntryAndRepeatingItAddsNone() throws Exception {
    Patron patron = adult();

    JsonNode state = JSON.readTree(backend.get(path(patron), token(patron)).body());
    assertThat(state.get("enabled").asBoolean()).isFalse();
    assertThat(state.get("policyVersion").asText()).isEqualTo(backend.profile().policyVersion());

    for (int i = 0; i < 2; i++) {
      HttpResponse<String> on = backend.put(path(patron), token(patron), "{\"enabled\":true}");
      assertThat(on.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(on.body()).get("enabled").asBoolean()).isTrue();
    }
    assertThat(entries(patron))
        .containsExactly(
            "true|false|SELF|"
                + patron.subject()
                + "|"
                + backend.profile().policyVersion()
                + "|PORTAL");
    assertThat(
            JSON.readTree(backend.get(path(patron), token(patron)).body())
                .get("enabled")
                .asBoolean())
        .isTrue();
  }

  @Test
  void turningOffWithHistoryNeedsConfirmationThenDeletesItInTheSameChange() throws Exception {
    Patron patron = adult();
    backend.put(path(patron), token(patron), "{\"enabled\":true}");
    String returned =
        data.loan(patron, DAY_AGO.minus(9, ChronoUnit.DAYS), LocalDate.now(), DAY_AGO);
    String current = data.loan(patron, DAY_AGO, LocalDate.now().plusDays(20), null);

    for (String body :
        new String[] {"{\"enabled\":false}", "{\"enabled\":false,\"confirmDeletion\":false}"}) {
      HttpResponse<String> refused = backend.put(path(patron), token(patron), body);
      assertThat(refused.statusCode()).isEqualTo(409);
      JsonNode problem = JSON.readTree(refused.body());
      assertThat(problem.get("detail").asText()).contains("deletes").contains("CSV");
      assertThat(problem.get("type").asText()).isEqualTo(ProblemType.CONFIRMATION_REQUIRED.uri());
      assertThat(problem.get("code").asText()).isEqualTo("reading-history-deletion");
      assertThat(problem.get("export").asText())
          .isEqualTo("/api/v1/patrons/" + patron.id() + "/loan_history.csv");
    }
    assertThat(loanPatron(returned)).isEqualTo(patron.id());
    assertThat(entries(patron)).hasSize(1);

    HttpResponse<String> off =
        backend.put(path(patron), token(patron), "{\"enabled\":false,\"confirmDeletion\":true}");

    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(off.body()).get("enabled").asBoolean()).isFalse();
    assertThat(loanPatron(returned)).isNull();
    assertThat(loanPatron(current)).isEqualTo(patron.id()); // a current loan is not history
    assertThat(entries(patron))
        .last()
        .isEqualTo(
            "false|true|SELF|"
                + patron.subject()
                + "|"
                + backend.profile().policyVersion()
                + "|PORTAL");
  }

  /**
   * Reading history in another guise (docs/consents.md) is deleted with it, and needs the same
   * confirmation.
   */
  @Test
  void turningOffAlsoDeletesEndedHoldTitlesOnlineServiceDetailsAndReferenceTopics()
      throws Exception {
    Patron patron = adult();
    backend.put(path(patron), token(patron), "{\"enabled\":true}");
    String ended = hold(patron, "FULFILLED", "Read last month");
    String waiting = hold(patron, "WAITING", "Still waiting for it");
    String ebook = TestData.newId();
    data.update(
        "INSERT INTO online_service_use (id, patron_id, platform, kind, used_at, detail)"
            + " VALUES (?, ?, 'Libby (OverDrive)', 'EBOOK', ?, 'Borrowed: A Private E-Book')",
        ebook,
        patron.id(),
        TestData.utc(DAY_AGO));
    String question = TestData.newId();
    data.update(
        "INSERT INTO reference_consultation (id, patron_id, consulted_at, channel, topic, branch)"
            + " VALUES (?, ?, ?, 'CHAT', 'A private question', NULL)",
        question,
        patron.id(),
        TestData.utc(DAY_AGO));

    assertThat(backend.put(path(patron), token(patron), "{\"enabled\":false}").statusCode())
        .as("no returned loan, but history in another guise: confirmation needed")
        .isEqualTo(409);
    assertThat(data.rows("SELECT title FROM hold_request WHERE id = ?", ended))
        .containsExactly("Read last month");

    assertThat(
            backend
                .put(path(patron), token(patron), "{\"enabled\":false,\"confirmDeletion\":true}")
                .statusCode())
        .isEqualTo(200);

    assertThat(data.rows("SELECT title, author, status FROM hold_request WHERE id = ?", ended))
        .containsExactly("null|null|FULFILLED");
    assertThat(data.rows("SELECT title, status FROM hold_request WHERE id = ?", waiting))
        .containsExactly("Still waiting for it|WAITING"); // an active hold is not history
    assertThat(
            data.rows("SELECT platform, kind, detail FROM online_service_use WHERE id = ?", ebook))
        .containsExactly("Libby (OverDrive)|EBOOK|null");
    assertThat(
            data.rows("SELECT channel, topic FROM reference_consultation WHERE id = ?", question))
        .containsExactly("CHAT|null");
  }

  private String hold(Patron patron, String status, String title) {
    String id = TestData.newId();
    data.update(
        "INSERT INTO hold_request (id, patron_id, title, author, format, pickup_branch, placed_at, status,"
            + " queue_position, ready_until) VALUES (?, ?, ?, 'An Author', 'BOOK', 'Central', ?, ?, NULL, NULL)",
        id,
        patron.id(),
        title,
        TestData.utc(DAY_AGO.minus(20, ChronoUnit.DAYS)),
        status);
    return id;
  }

  @Test
  void turningOffWithoutHistoryNeedsNoConfirmation() {
    Patron patron = adult();
    backend.put(path(patron), token(patron), "{\"enabled\":true}");

    assertThat(backend.put(path(patron), token(patron), "{\"enabled\":false}").statusCode())
        .isEqualTo(200);
    assertThat(entries(patron)).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"calcasieu", "lawrence"})
  void aGuardianChangesItForTheMinorRecordedAsGuardianAndLogged(String profileId) throws Exception {
    TestBackend library = TestBackend.forProfile(profileId);
    Patron guardian = adult();
    Patron minor = data.patron("Kit", LocalDate.now().minusYears(10), true);
    data.guardianLink(guardian, minor, true);
    long seq = data.lastAccessLogSeq();

    HttpResponse<String> on = library.put(path(minor), token(guardian), "{\"enabled\":true}");

    assertThat(on.statusCode()).isEqualTo(200);
    assertThat(entries(minor))
        .containsExactly(
            "true|false|GUARDIAN|"
                + guardian.subject()
                + "|"
                + library.profile().policyVersion()
                + "|PORTAL");
    assertThat(data.accessLogAfter(seq))
        .anySatisfy(
            row -> {
              assertThat(row.patronId()).isEqualTo(minor.id());
              assertThat(row.category()).isEqualTo("consents");
              assertThat(row.ground()).isEqualTo("GUARDIAN");
            });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"calcasieu", "lawrence"})
  void anyoneElseGetsTheSame404AsForNobody(String profileId) {
    TestBackend library = TestBackend.forProfile(profileId);
    Patron patron = adult();
    Patron stranger = adult();
    Patron grownUp = data.patron("Ada", LocalDate.now().minusYears(30), true);
    Patron formerGuardian = adult();
    data.guardianLink(formerGuardian, grownUp, true); // an adult has no guardian
    String staff = backend.tokens().accessToken(TestData.newId(), "staff");
    String ticket = data.ticket(patron, "OPEN");
    String nobody =
        library.get("/api/v1/patrons/" + TestData.newId() + "/loans", token(stranger)).body();

    List<HttpResponse<String>> refused =
        List.of(
            library.get(path(patron), token(stranger)),
            library.put(path(patron), token(stranger), "{\"enabled\":true}"),
            library.get(path(grownUp), token(formerGuardian)),
            library.put(path(grownUp), token(formerGuardian), "{\"enabled\":true}"),
            library.get(path(patron) + "?ticket=" + ticket, staff),
            library.put(path(patron) + "?ticket=" + ticket, staff, "{\"enabled\":true}"),
            library.get(
                "/api/v1/patrons/" + TestData.newId() + "/consents/reading-history",
                token(stranger)));
    for (HttpResponse<String> response : refused) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).isEqualTo(nobody);
    }
    assertThat(entries(patron)).isEmpty();
    assertThat(entries(grownUp)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      `{}`                                            | 'enabled'
      `{"enabled":null}`                              | 'enabled'
      `{"enabled":"yes"}`                             | 'enabled'
      `{"enabled":false,"confirmDeletion":"sure"}`    | 'confirmDeletion'
      `{"enabled":true,"extra":1}`                    | 'enabled'
      `not json`                                      | body
      `[true]`                                        | body
      """)
  void aBadBodyIsA400NamingTheField(String body, String named) throws Exception {
    Patron patron = adult();
    HttpResponse<String> response = backend.put(path(patron), token(patron), body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains(named);
    assertThat(entries(patron)).isEmpty();
  }

  /**
   * The patron's READING_HISTORY entries, oldest first, as
   * granted|previous|role|subject|version|channel.
   */
  private List<String> entries(Patron patron) {
    return data.consentEntries(patron, "READING_HISTORY");
  }

  /** The patron a loan is tied to, or null once anonymized. */
  static String loanPatron(TestBackend backend, String loanId) {
    try (Connection connection = backend.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT patron_id FROM loan WHERE id = ?")) {
      statement.setString(1, loanId);
      try (ResultSet rs = statement.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no such loan");
        }
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String loanPatron(String loanId) {
    return loanPatron(backend, loanId);
  }
}
