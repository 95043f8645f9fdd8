package org.privacyportal.backend.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyportal.backend.accesslog.AccessLogApiTest.JSON;
import static org.privacyportal.backend.accesslog.AccessLogApiTest.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.ticket.SystemMessage;

/**
 * POST /api/v1/patrons/{id}/access-log/entries/{entryId}/questions: "This wasn't me / I have a
 * question".
 */
class AccessLogQuestionsApiTest {

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  /** A patron with one entry in their log: a named staff member's desk read of their loans. */
  private record Logged(Patron patron, String entryId) {
    String questions() {
      return path(patron) + "/" + entryId + "/questions";
    }
  }

  private Logged patronWithADeskRead(String firstName) throws Exception {
    Patron patron = data.patron(firstName, LocalDate.now().minusYears(33), true);
    String staff = TestData.newId();
    Instant now = Instant.now();
    String lookup =
        data.deskLookup(
            staff,
            patron,
            "ACCOUNT_QUESTION",
            now.minus(1, ChronoUnit.MINUTES),
            now.plus(5, ChronoUnit.MINUTES));
    assertThat(
            backend
                .get(
                    "/api/v1/patrons/" + patron.id() + "/loans?lookup=" + lookup,
                    AccessLogApiTest.namedToken(backend, staff, "Sam Porter", "staff"))
                .statusCode())
        .isEqualTo(200);
    JsonNode log = JSON.readTree(backend.get(path(patron), backend.patronToken(patron)).body());
    return new Logged(patron, log.get("items").get(0).get("id").asText());
  }

  @Test
  void opensOnePrivacyQuestionPerEntryAndASecondAskReturnsIt() throws Exception {
    Logged logged = patronWithADeskRead("Quin");

    HttpResponse<String> first =
        backend.post(
            logged.questions(),
            backend.patronToken(logged.patron()),
            "{\"message\":\"  I was not at the library that day.  \"}");
    HttpResponse<String> again =
        backend.post(logged.questions(), backend.patronToken(logged.patron()), "{}");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonNode created = JSON.readTree(first.body());
    assertThat(created.get("created").asBoolean()).isTrue();
    assertThat(created.get("entryId").asText()).isEqualTo(logged.entryId());
    String ticketId = created.get("ticketId").asText();
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("ticketId").asText()).isEqualTo(ticketId);
    assertThat(JSON.readTree(again.body()).get("created").asBoolean()).isFalse();

    List<String> tickets = tickets(logged.patron());
    assertThat(tickets).hasSize(1);
    String ticket = tickets.get(0);
    assertThat(ticket)
        .startsWith(ticketId + "|PRIVACY_QUESTION|OPEN|Question about an access to my records on ")
        .endsWith(
            ": loans, library business|"
                + logged.patron().subject()
                + "|PATRON|"
                + logged.patron().subject()
                + "|PUBLIC|I was not at the library that day.")
        .doesNotContain("Sam")
        .doesNotContain("Porter")
        .doesNotContain("overdue");

    JsonNode log =
        JSON.readTree(
            backend.get(path(logged.patron()), backend.patronToken(logged.patron())).body());
    assertThat(log.get("items").get(0).get("questionTicketId").asText()).isEqualTo(ticketId);
    JsonNode category =
        JSON.readTree(
            backend
                .get(
                    "/api/v1/patrons/" + logged.patron().id() + "/tickets",
                    backend.patronToken(logged.patron()))
                .body());
    assertThat(category.get("items").get(0).get("id").asText()).isEqualTo(ticketId);
    // the subject as a code with codes and an ISO instant, so each reader sees it in their language
    JsonNode subject = category.get("items").get(0);
    assertThat(subject.get("subjectCode").asText()).isEqualTo("access-log.question");
    assertThat(subject.get("subjectParams").get("category").asText()).isEqualTo("loans");
    assertThat(subject.get("subjectParams").get("ground").asText()).isEqualTo("LIBRARY_BUSINESS");
    assertThat(java.time.Instant.parse(subject.get("subjectParams").get("at").asText()))
        .isNotNull();
    assertThat(subject.get("subjectParams").has("legalInstrument")).isFalse();
  }

  @Test
  void questionsAskedAtTheSameMomentOpenOneTicket() throws Exception {
    Logged logged = patronWithADeskRead("Ivy");
    String token = backend.patronToken(logged.patron());
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> asks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      asks.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> backend.post(logged.questions(), token, "{\"message\":\"Was this me?\"}")));
    }
    List<Integer> statuses = new ArrayList<>();
    java.util.Set<String> ticketIds = new java.util.HashSet<>();
    for (var ask : asks) {
      HttpResponse<String> answer = ask.get();
      statuses.add(answer.statusCode());
      ticketIds.add(JSON.readTree(answer.body()).get("ticketId").asText());
    }

    assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
    assertThat(ticketIds).hasSize(1);
    assertThat(tickets(logged.patron())).hasSize(1);
  }

  @Test
  void withoutAMessageTheTicketSaysSoAndOnceItIsClosedANewQuestionOpensANewTicket()
      throws Exception {
    Logged logged = patronWithADeskRead("Rex");

    HttpResponse<String> first =
        backend.post(logged.questions(), backend.patronToken(logged.patron()), "");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    String firstTicket = JSON.readTree(first.body()).get("ticketId").asText();
    assertThat(tickets(logged.patron()).get(0))
        .endsWith("|PUBLIC|" + SystemMessage.of(SystemMessage.QUESTION_WITHOUT_MESSAGE).english());

    data.update("UPDATE ticket SET status = 'RESOLVED' WHERE id = ?", firstTicket);
    JsonNode log =
        JSON.readTree(
            backend.get(path(logged.patron()), backend.patronToken(logged.patron())).body());
    assertThat(log.get("items").get(0).get("questionTicketId").isNull())
        .as("no open question")
        .isTrue();

    HttpResponse<String> second =
        backend.post(
            logged.questions(), backend.patronToken(logged.patron()), "{\"message\":null}");
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(second.body()).get("ticketId").asText()).isNotEqualTo(firstTicket);
    assertThat(tickets(logged.patron())).hasSize(2);
  }

  @Test
  void theGuardianAsksForTheMinorAndIsRecordedAsTheGuardian() throws Exception {
    Patron minor = data.patron("Kit", LocalDate.now().minusYears(11), true);
    Patron mother = data.patron("Kay", LocalDate.now().minusYears(39), true);
    data.guardianLink(mother, minor, true);
    String staff = TestData.newId();
    Instant now = Instant.now();
    String lookup =
        data.deskLookup(
            staff,
            minor,
            "LOST_CARD",
            now.minus(1, ChronoUnit.MINUTES),
            now.plus(5, ChronoUnit.MINUTES));
    backend.get(
        "/api/v1/patrons/" + minor.id() + "/holds?lookup=" + lookup,
        backend.tokens().accessToken(staff, "staff"));
    JsonNode log = JSON.readTree(backend.get(path(minor), backend.patronToken(mother)).body());
    String entryId = log.get("items").get(0).get("id").asText();
    long before = data.lastAccessLogSeq();

    HttpResponse<String> asked =
        backend.post(
            path(minor) + "/" + entryId + "/questions",
            backend.patronToken(mother),
            "{\"message\":\"Who looked at my son's holds?\"}");

    assertThat(asked.statusCode()).isEqualTo(201);
    assertThat(tickets(minor))
        .singleElement()
        .asString()
        .contains("|PRIVACY_QUESTION|OPEN|")
        .endsWith(
            "|"
                + mother.subject()
                + "|GUARDIAN|"
                + mother.subject()
                + "|PUBLIC|Who looked at my son's holds?");
    assertThat(data.accessLogAfter(before))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.ground()).isEqualTo("GUARDIAN");
              assertThat(row.category()).isEqualTo("access_log");
              assertThat(row.actorSubject()).isEqualTo(mother.subject());
            });
  }

  @Test
  void anEntryOfAnotherPatronOrAnotherCallerAnswersLikeNothingThere() throws Exception {
    Logged mine = patronWithADeskRead("Uma");
    Logged theirs = patronWithADeskRead("Ula");
    Patron stranger = data.patron("Ugo", LocalDate.now().minusYears(50), true);
    String staff = backend.tokens().accessToken(TestData.newId(), "staff");
    HttpResponse<String> missing =
        backend.post(
            path(mine.patron()) + "/" + TestData.newId() + "/questions",
            backend.patronToken(mine.patron()),
            "{}");
    long before = data.lastAccessLogSeq();

    List<HttpResponse<String>> refused =
        List.of(
            backend.post(
                path(mine.patron()) + "/" + theirs.entryId() + "/questions",
                backend.patronToken(mine.patron()),
                "{}"),
            backend.post(theirs.questions(), backend.patronToken(mine.patron()), "{}"),
            backend.post(mine.questions(), backend.patronToken(stranger), "{}"),
            backend.post(mine.questions(), staff, "{}"),
            backend.post(
                path(mine.patron()) + "/not-an-id/questions",
                backend.patronToken(mine.patron()),
                "{}"));

    assertThat(missing.statusCode()).isEqualTo(404);
    for (HttpResponse<String> answer : refused) {
      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.body()).isEqualTo(missing.body());
    }
    assertThat(tickets(mine.patron())).isEmpty();
    assertThat(tickets(theirs.patron())).isEmpty();
    assertThat(data.accessLogAfter(before)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "\"text\"",
        "{\"message\":5}",
        "{\"message\":\"hi\",\"extra\":1}",
        "{not json",
        "{\"message\":\"bell \\u0007\"}",
        "TOO_LONG"
      })
  void badInputIsA400NamingTheProblemAndOpensNothing(String body) throws Exception {
    Logged logged = patronWithADeskRead("Val");
    String sent =
        body.equals("TOO_LONG")
            ? "{\"message\":\"" + "é".repeat(AccessLogQuestions.MAX_MESSAGE + 1) + "\"}"
            : body;

    HttpResponse<String> answer =
        backend.post(logged.questions(), backend.patronToken(logged.patron()), sent);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(answer.body()).get("detail").asText())
        .containsAnyOf("'message'", "JSON object");
    assertThat(tickets(logged.patron())).isEmpty();
  }

  @Test
  void exactlyTheLongestMessageIsAccepted() throws Exception {
    Logged logged = patronWithADeskRead("Wes");
    String longest = "é".repeat(AccessLogQuestions.MAX_MESSAGE);

    HttpResponse<String> answer =
        backend.post(
            logged.questions(),
            backend.patronToken(logged.patron()),
            "{\"message\":\"" + longest + "\"}");

    assertThat(answer.statusCode()).isEqualTo(201);
    assertThat(tickets(logged.patron()).get(0)).endsWith("|" + longest);
  }

  /**
   * id|type|status|subject|opened_by|author_role|author_subject|visibility|body of each ticket
   * about the patron.
   */
  private List<String> tickets(Patron patron) {
    return data.rows(
        "SELECT t.id, t.type, t.status, t.subject, t.opened_by_subject, m.author_role, m.author_subject,"
            + " m.visibility, m.body FROM ticket t JOIN ticket_message m ON m.ticket_id = t.id"
            + " WHERE t.patron_id = ? ORDER BY t.created_at, t.id",
        patron.id());
  }
}
