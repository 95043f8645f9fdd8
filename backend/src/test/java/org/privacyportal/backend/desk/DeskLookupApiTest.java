package org.privacyportal.backend.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.LogRow;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;

/**
 * POST /api/v1/desk-lookups (docs/desk.md): staff type the number on the patron's card and choose a
 * reason from a fixed list; the lookup opens the profile, current loans, holds and fines for half
 * an hour, nothing else; its creation is an entry in the patron's access log; each staff member has
 * an hourly limit.
 */
class DeskLookupApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/v1/desk-lookups";

  private static TestBackend backend;
  private static TestData data;
  private static Patron patron;
  private static String card;
  private static String staffSubject;
  private static String staff;

  @BeforeAll
  static void world() {
    backend = TestBackend.get();
    data = new TestData(backend.dataSource());
    patron = data.patron("Dee", LocalDate.now().minusYears(61), true);
    data.everyCategory(patron, new java.util.Random(3));
    card = data.cardNumber(patron);
    staffSubject = TestData.newId();
    staff = backend.tokens().accessToken(staffSubject, "staff");
  }

  private static String body(String cardNumber, String reason) {
    return "{\"cardNumber\":\"" + cardNumber + "\",\"reason\":\"" + reason + "\"}";
  }

  @Test
  void aLookupByCardNumberAnswersThePatronAndTheDeskCategoriesForHalfAnHour() throws Exception {
    Instant before = Instant.now();
    HttpResponse<String> created =
        backend.post(
            PATH,
            staff,
            "{\"cardNumber\":\""
                + card
                + "\",\"reason\":\"RENEWAL\",\"note\":\"Two books due Friday\","
                + "\"branch\":\"Central\"}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    assertThat(body.fieldNames())
        .toIterable()
        .containsExactly("id", "patronId", "categories", "expiresAt");
    assertThat(body.get("patronId").asText()).isEqualTo(patron.id());
    assertThat(body.get("categories"))
        .extracting(JsonNode::asText)
        .containsExactly("profile", "loans", "holds", "fines");
    Instant expires = Instant.parse(body.get("expiresAt").asText());
    assertThat(Duration.between(before, expires))
        .isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));
    assertThat(
            data.rows(
                "SELECT CONCAT(reason, '|', note, '|', branch) FROM desk_lookup WHERE id = ?",
                body.get("id").asText()))
        .containsExactly("RENEWAL|Two books due Friday|Central");

    String lookup = "?lookup=" + body.get("id").asText();
    for (Category category : Category.values()) {
      int expected =
          List.of("profile", "loans", "holds", "fines").contains(category.wireName()) ? 200 : 404;
      assertThat(
              backend
                  .get("/api/v1/patrons/" + patron.id() + "/" + category.wireName() + lookup, staff)
                  .statusCode())
          .as(category.wireName())
          .isEqualTo(expected);
    }
  }

  @Test
  void creatingALookupIsItselfAnEntryInThePatronsAccessLog() throws Exception {
    long before = data.lastAccessLogSeq();

    HttpResponse<String> created = backend.post(PATH, staff, body(card, "FINES_PAYMENT"));

    assertThat(created.statusCode()).isEqualTo(201);
    String id = JSON.readTree(created.body()).get("id").asText();
    List<LogRow> logged = data.accessLogAfter(before);
    assertThat(logged)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.patronId()).isEqualTo(patron.id());
              assertThat(entry.category()).isEqualTo("profile");
              assertThat(entry.ground()).isEqualTo("LIBRARY_BUSINESS");
              assertThat(entry.actorSubject()).isEqualTo(staffSubject);
              assertThat(entry.actorRole()).isEqualTo("STAFF");
              assertThat(entry.groundRef()).isEqualTo(id);
              assertThat(entry.reason()).isEqualTo("FINES_PAYMENT");
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      `{"reason":"RENEWAL"}`                                           | 'cardNumber'
      `{"cardNumber":"","reason":"RENEWAL"}`                           | 'cardNumber'
      `{"cardNumber":"12-34 56","reason":"RENEWAL"}`                   | 'cardNumber'
      `{"cardNumber":"{id}","reason":"RENEWAL"}`                       | 'cardNumber'
      `{"cardNumber":"{card}"}`                                        | 'reason'
      `{"cardNumber":"{card}","reason":""}`                            | 'reason'
      `{"cardNumber":"{card}","reason":"Renewal question at the desk"}`| 'reason'
      `{"cardNumber":"{card}","reason":"renewal"}`                     | 'reason'
      `{"cardNumber":"{card}","reason":"OTHER"}`                       | 'note'
      `{"cardNumber":"{card}","reason":"OTHER","note":"  a b  "}`      | 'note'
      `{"patronId":"{id}","reason":"RENEWAL"}`                         | body
      `{"cardNumber":"{card}","reason":"RENEWAL","extra":1}`           | body
      `not json`                                                       | body
      `["{card}"]`                                                     | body
      """)
  void badInputIsA400NamingTheFieldAndOpensNothing(String template, String named) throws Exception {
    // {id}: the patron's internal id, never accepted where the number on the card belongs
    long before = data.lastAccessLogSeq();
    String filled = template.replace("{id}", patron.id()).replace("{card}", card);

    HttpResponse<String> response = backend.post(PATH, staff, filled);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains(named);
    assertThat(data.accessLogAfter(before)).isEmpty();
  }

  @Test
  void aNoteLongerThan200CharactersIsRefused() throws Exception {
    HttpResponse<String> response =
        backend.post(
            PATH,
            staff,
            "{\"cardNumber\":\""
                + card
                + "\",\"reason\":\"OTHER\",\"note\":\""
                + "x".repeat(201)
                + "\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("'note'");
  }

  @Test
  void aCardNobodyHoldsGetsTheSame404AsEverywhereAndNothingIsLogged() {
    HttpResponse<String> nobody =
        backend.get("/api/v1/patrons/" + TestData.newId() + "/loans", staff);
    long before = data.lastAccessLogSeq();
    // a well-formed number nobody holds, and a patron's internal id without its dashes
    for (String number : List.of("99999999999998", patron.id().replace("-", ""))) {
      HttpResponse<String> response = backend.post(PATH, staff, body(number, "CHECKOUT_HELP"));
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).isEqualTo(nobody.body());
    }
    assertThat(data.accessLogAfter(before)).isEmpty();
  }

  @Test
  void beyondTheHourlyLimitA429WithRetryAfterAndNoLookup() throws Exception {
    String subject = TestData.newId();
    String busy = backend.tokens().accessToken(subject, "staff");
    int limit = DeskLookupLimit.DEFAULT_PER_HOUR;
    for (int i = 0; i < limit; i++) {
      // cards nobody holds count too: trying numbers runs into the limit
      String number = i % 2 == 0 ? card : "9999999999" + String.format("%04d", i);
      assertThat(backend.post(PATH, busy, body(number, "CHECKOUT_HELP")).statusCode())
          .as("attempt " + i)
          .isIn(201, 404);
    }
    long before = data.lastAccessLogSeq();

    HttpResponse<String> refused = backend.post(PATH, busy, body(card, "CHECKOUT_HELP"));

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 3600L);
    assertThat(JSON.readTree(refused.body()).get("status").asInt()).isEqualTo(429);
    assertThat(data.accessLogAfter(before)).isEmpty();
    assertThat(data.rows("SELECT COUNT(*) FROM desk_lookup WHERE staff_subject = ?", subject))
        .containsExactly(Integer.toString((limit + 1) / 2));
    // the limit is per staff member: a colleague is not held up
    assertThat(
            backend
                .post(
                    PATH,
                    backend.tokens().accessToken(TestData.newId(), "staff"),
                    body(card, "RENEWAL"))
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void aLimitSetLowerHoldsAsSetAndAnHourLaterTheStaffMemberMayAgain() {
    Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    DeskLookupLimit limit = new DeskLookupLimit(2);
    String subject = TestData.newId();
    try (var session = backend.sessions().openSession(false)) {
      DeskLookupMapper mapper = session.getMapper(DeskLookupMapper.class);
      assertThat(limit.take(mapper, subject, start)).isEmpty();
      assertThat(limit.take(mapper, subject, start.plusSeconds(600))).isEmpty();
      // the third within the hour: refused until the first leaves the window, 2940 s after 660 s
      assertThat(limit.take(mapper, subject, start.plusSeconds(660))).contains(2940L);
      assertThat(limit.take(mapper, subject, start.plusSeconds(3601))).isEmpty();
      session.rollback(true);
    }
  }

  @Test
  void onlyStaffAndTheDirectorMayLookPatronsUp() {
    String body = body(card, "ACCOUNT_QUESTION");

    assertThat(backend.post(PATH, null, body).statusCode()).isEqualTo(401);
    assertThat(
            backend
                .post(PATH, backend.tokens().accessToken(patron.subject(), "patron"), body)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            backend
                .post(PATH, backend.tokens().accessToken(TestData.newId(), "director"), body)
                .statusCode())
        .isEqualTo(201);
  }
}
