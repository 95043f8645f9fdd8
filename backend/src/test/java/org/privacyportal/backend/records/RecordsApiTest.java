package org.privacyportal.backend.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;

/** The records API's shapes: pages, order, parameters, the summary, what each category shows. */
class RecordsApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static TestBackend backend;
  private static TestData data;
  private static Patron reader;
  private static String token;
  private static final List<String> LOAN_IDS = new ArrayList<>();
  private static final Instant BASE = Instant.parse("2026-06-01T12:00:00Z");

  @BeforeAll
  static void world() {
    backend = TestBackend.get();
    data = new TestData(backend.dataSource());
    reader = data.patron("Rey", LocalDate.now().minusYears(29), true);
    token = backend.tokens().accessToken(reader.subject(), "patron");
    // Seven current loans; two checked out at the same moment, so the id decides their order.
    for (int i = 0; i < 6; i++) {
      LOAN_IDS.add(
          data.loan(reader, BASE.plus(i, ChronoUnit.DAYS), LocalDate.of(2026, 7, 20 - i), null));
    }
    LOAN_IDS.add(data.loan(reader, BASE.plus(5, ChronoUnit.DAYS), LocalDate.of(2026, 7, 1), null));
  }

  @Test
  void pagesAreNewestFirstThenByIdAndAddUpToTheTotal() throws Exception {
    List<String> seen = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      JsonNode body = ok("/api/v1/patrons/" + reader.id() + "/loans?page=" + page + "&size=3");
      assertThat(body.get("category").asText()).isEqualTo("loans");
      assertThat(body.get("page").asInt()).isEqualTo(page);
      assertThat(body.get("size").asInt()).isEqualTo(3);
      assertThat(body.get("total").asLong()).isEqualTo(7);
      body.get("items").forEach(item -> seen.add(item.get("id").asText()));
    }
    List<String> newestFirst = new ArrayList<>();
    String tieA = LOAN_IDS.get(5);
    String tieB = LOAN_IDS.get(6);
    newestFirst.add(tieA.compareTo(tieB) < 0 ? tieA : tieB);
    newestFirst.add(tieA.compareTo(tieB) < 0 ? tieB : tieA);
    for (int i = 4; i >= 0; i--) {
      newestFirst.add(LOAN_IDS.get(i));
    }
    assertThat(seen).isEqualTo(newestFirst);
    assertThat(ok("/api/v1/patrons/" + reader.id() + "/loans?page=3&size=3").get("items"))
        .isEmpty();
  }

  @Test
  void aLoanHasTheFieldsOfALibrarySystem() throws Exception {
    JsonNode loan = ok("/api/v1/patrons/" + reader.id() + "/loans?size=1").get("items").get(0);

    assertThat(loan.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "id",
            "itemBarcode",
            "title",
            "author",
            "format",
            "branch",
            "checkedOutAt",
            "dueOn",
            "renewals",
            "returnedAt");
    assertThat(loan.get("checkedOutAt").asText()).isEqualTo("2026-06-06T12:00:00Z");
    assertThat(loan.get("dueOn").asText()).matches("2026-07-\\d\\d");
    assertThat(loan.get("returnedAt").isNull()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      page=-1               | page
      page=abc              | page
      page=1.5              | page
      page=1000001          | page
      size=0                | size
      size=101              | size
      size=                 | size
      ticket=not-an-id      | ticket
      lookup=12             | lookup
      legal=x               | legal
      """)
  void aBadParameterIsA400NamingIt(String query, String parameter) throws Exception {
    for (String patron : List.of(reader.id(), TestData.newId())) {
      HttpResponse<String> response =
          backend.get("/api/v1/patrons/" + patron + "/loans?" + query, token);

      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(JSON.readTree(response.body()).get("detail").asText())
          .contains("'" + parameter + "'");
    }
  }

  @Test
  void unknownCategoriesAndMalformedIdsAnswerLikeANonexistentPatron() {
    HttpResponse<String> nobody =
        backend.get("/api/v1/patrons/" + TestData.newId() + "/loans", token);
    for (String path :
        List.of(
            reader.id() + "/everything",
            reader.id() + "/LOANS",
            reader.id() + "/loan-history",
            reader.id().toUpperCase() + "/loans",
            "12345/loans",
            reader.id() + "%20/loans")) {
      HttpResponse<String> response = backend.get("/api/v1/patrons/" + path, token);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).isEqualTo(nobody.body());
      assertThat(headers(response)).as(path).isEqualTo(headers(nobody));
    }
  }

  @Test
  void theSummaryCountsEachCategoryWithTheNextDueDateForLoans() throws Exception {
    JsonNode summary = ok("/api/v1/patrons/" + reader.id() + "/summary");

    assertThat(summary.get("patronId").asText()).isEqualTo(reader.id());
    Map<String, JsonNode> byCategory = new TreeMap<>();
    summary.get("categories").forEach(c -> byCategory.put(c.get("category").asText(), c));
    assertThat(byCategory).hasSize(12);
    assertThat(byCategory.get("loans").get("count").asLong()).isEqualTo(7);
    assertThat(byCategory.get("loans").get("nextDue").asText()).isEqualTo("2026-07-01");
    assertThat(byCategory.get("profile").get("count").asLong()).isEqualTo(1);
    assertThat(byCategory.get("fines").get("nextDue").isNull()).isTrue();
    assertThat(byCategory.get("loan_history").get("count").asLong()).isZero();
  }

  @Test
  void theProfileNamesTheGuardiansWhileTheyMayActForTheMinor() throws Exception {
    Patron parent = data.patron("Pia", LocalDate.now().minusYears(40), true);
    Patron child = data.patron("Kit", LocalDate.now().minusYears(12), true);
    data.guardianLink(parent, child, true);
    String childToken = backend.tokens().accessToken(child.subject(), "patron");

    JsonNode profile =
        JSON.readTree(backend.get("/api/v1/patrons/" + child.id() + "/profile", childToken).body())
            .get("items")
            .get(0);

    assertThat(profile.get("id").asText()).isEqualTo(child.id());
    assertThat(profile.get("firstName").asText()).isEqualTo("Kit");
    assertThat(profile.get("cardNumber").asText()).isNotBlank();
    assertThat(profile.get("guardians")).hasSize(1);
    assertThat(profile.get("guardians").get(0).get("firstName").asText()).isEqualTo("Pia");
    assertThat(
            ok("/api/v1/patrons/" + reader.id() + "/profile").get("items").get(0).get("guardians"))
        .isEmpty();
  }

  @Test
  void ticketsShowPublicMessagesOnlyAndAuthorizationsTheirCategories() throws Exception {
    Patron patron = data.patron("Tom", LocalDate.now().minusYears(50), true);
    data.ticket(patron, "OPEN");
    Instant now = Instant.now();
    data.authorization(
        patron,
        null,
        "SELF",
        now.minus(1, ChronoUnit.DAYS),
        now.plus(9, ChronoUnit.DAYS),
        null,
        Category.LOANS,
        Category.HOLDS);
    String own = backend.tokens().accessToken(patron.subject(), "patron");

    HttpResponse<String> tickets = backend.get("/api/v1/patrons/" + patron.id() + "/tickets", own);
    JsonNode ticket = JSON.readTree(tickets.body()).get("items").get(0);
    assertThat(ticket.get("messages")).hasSize(1);
    assertThat(ticket.get("messages").get(0).fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("id", "authorRole", "body", "createdAt");
    assertThat(ticket.get("messages").get(0).get("body").asText())
        .isEqualTo("We are looking into it.");
    assertThat(tickets.body()).doesNotContain("internal note", "INTERNAL");

    JsonNode authorization =
        JSON.readTree(backend.get("/api/v1/patrons/" + patron.id() + "/authorizations", own).body())
            .get("items")
            .get(0);
    assertThat(authorization.get("categories"))
        .extracting(JsonNode::asText)
        .containsExactly("holds", "loans");
    assertThat(authorization.get("granteeName").asText()).isEqualTo("Pat Helper");
    assertThat(authorization.has("verificationCode")).isFalse();
  }

  @Test
  void theAccessLogNamesGuardiansAndGranteesShowsStaffByRoleAndHidesSealedEntries()
      throws Exception {
    Instant now = Instant.now();
    TestData.ReadMinor read = data.readMinor(now);
    Patron minor = read.minor();
    String director = TestData.newId();
    String sealed =
        data.legalRequest(
            "LEGAL_PROCESS",
            "COURT_ORDER",
            "APPROVED",
            null,
            null,
            LocalDate.now().plusDays(60),
            List.of(minor),
            Category.FINES);
    String unsealed =
        data.legalRequest(
            "LEGAL_PROCESS",
            "COURT_ORDER",
            "APPROVED",
            null,
            null,
            LocalDate.now().minusDays(2),
            List.of(minor),
            Category.HOLDS);

    assertThat(
            backend
                .get(
                    "/api/v1/patrons/" + minor.id() + "/loans",
                    backend.tokens().accessToken(read.mother().subject(), "patron"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            backend
                .get(
                    "/api/v1/patrons/" + minor.id() + "/events",
                    backend.tokens().accessToken(read.aunt().subject(), "patron"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            backend
                .get(
                    "/api/v1/patrons/" + minor.id() + "/fines?lookup=" + read.lookup(),
                    backend.tokens().accessToken(read.staff(), "staff"))
                .statusCode())
        .isEqualTo(200);
    String asDirector = backend.tokens().accessToken(director, "director");
    assertThat(
            backend
                .get("/api/v1/patrons/" + minor.id() + "/fines?legal=" + sealed, asDirector)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            backend
                .get("/api/v1/patrons/" + minor.id() + "/holds?legal=" + unsealed, asDirector)
                .statusCode())
        .isEqualTo(200);

    JsonNode log =
        JSON.readTree(
            backend
                .get(
                    "/api/v1/patrons/" + minor.id() + "/access_log",
                    backend.tokens().accessToken(minor.subject(), "patron"))
                .body());

    assertThat(log.get("total").asLong()).as("the sealed legal access is not counted").isEqualTo(4);
    List<String> lines = new ArrayList<>();
    log.get("items")
        .forEach(
            e ->
                lines.add(
                    e.get("ground").asText()
                        + " "
                        + e.get("category").asText()
                        + " "
                        + e.get("actorRole").asText()
                        + " "
                        + e.get("actorName").asText()
                        + " "
                        + e.get("branch").asText()
                        + " "
                        + e.get("reason").asText()));
    assertThat(lines)
        .containsExactly(
            "LEGAL_PROCESS holds DIRECTOR null null null",
            "LIBRARY_BUSINESS fines STAFF null Central LOST_CARD",
            "WRITTEN_AUTHORIZATION events PATRON Ann " + read.aunt().lastName() + " null null",
            "GUARDIAN loans PATRON Mae " + read.mother().lastName() + " null null");
  }

  @Test
  void aLegalRequestShowsOnlyTheRecordsOfItsPeriod() throws Exception {
    Patron patron = data.patron("Per", LocalDate.now().minusYears(33), true);
    String inside =
        data.loan(patron, Instant.parse("2026-02-10T18:00:00Z"), LocalDate.of(2026, 3, 3), null);
    // 2026-03-01T03:00Z is still February 28 in Chicago: inside a period ending February 28.
    String lateEvening =
        data.loan(patron, Instant.parse("2026-03-01T03:00:00Z"), LocalDate.of(2026, 3, 20), null);
    data.loan(patron, Instant.parse("2026-03-01T07:00:00Z"), LocalDate.of(2026, 3, 21), null);
    data.loan(patron, Instant.parse("2026-01-31T12:00:00Z"), LocalDate.of(2026, 2, 21), null);
    String order =
        data.legalRequest(
            "LEGAL_PROCESS",
            "COURT_ORDER",
            "APPROVED",
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 2, 28),
            null,
            List.of(patron),
            Category.LOANS);

    JsonNode page =
        JSON.readTree(
            backend
                .get(
                    "/api/v1/patrons/" + patron.id() + "/loans?legal=" + order,
                    backend.tokens().accessToken(TestData.newId(), "director"))
                .body());

    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("items"))
        .extracting(i -> i.get("id").asText())
        .containsExactly(lateEvening, inside);
  }

  @Test
  void ifTheAccessLogCannotBeWrittenNothingIsReturned() throws Exception {
    Patron minor = data.patron("Fai", LocalDate.now().minusYears(11), false);
    Patron parent = data.patron("Fen", LocalDate.now().minusYears(39), true);
    data.guardianLink(parent, minor, true);
    data.loan(minor, Instant.now().minus(2, ChronoUnit.DAYS), LocalDate.now().plusDays(12), null);
    AccessLog broken =
        (session, entry) -> {
          throw new IllegalStateException("access log unavailable");
        };
    long before = data.lastAccessLogSeq();
    try (TestBackend failing =
        TestBackend.start("calcasieu", java.time.Clock.systemUTC(), broken)) {
      String asParent = failing.tokens().accessToken(parent.subject(), "patron");

      HttpResponse<String> loans =
          failing.get("/api/v1/patrons/" + minor.id() + "/loans", asParent);
      HttpResponse<String> summary =
          failing.get("/api/v1/patrons/" + minor.id() + "/summary", asParent);
      HttpResponse<String> own = failing.get("/api/v1/patrons/" + parent.id() + "/loans", asParent);

      assertThat(loans.statusCode()).isEqualTo(500);
      assertThat(loans.body()).doesNotContain("Title", "items", minor.id());
      assertThat(summary.statusCode()).isEqualTo(500);
      assertThat(own.statusCode()).as("the patron's own reads are not logged").isEqualTo(200);
    }
    assertThat(data.lastAccessLogSeq()).isEqualTo(before);
  }

  @Test
  void thePatronsOwnReadsAreNotLogged() {
    long before = data.lastAccessLogSeq();

    backend.get("/api/v1/patrons/" + reader.id() + "/summary", token);
    backend.get("/api/v1/patrons/" + reader.id() + "/loans", token);

    assertThat(data.accessLogAfter(before)).noneMatch(e -> e.patronId().equals(reader.id()));
  }

  @Test
  void withoutATokenTheRecordRoutesAre401() {
    assertThat(backend.get("/api/v1/patrons/" + reader.id() + "/loans").statusCode())
        .isEqualTo(401);
    assertThat(backend.get("/api/v1/patrons/" + reader.id() + "/summary").statusCode())
        .isEqualTo(401);
    assertThat(backend.get("/api/v1/me/accounts").statusCode()).isEqualTo(401);
  }

  private static JsonNode ok(String path) throws Exception {
    HttpResponse<String> response = backend.get(path, token);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static Map<String, List<String>> headers(HttpResponse<String> response) {
    Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
    headers.remove("date");
    return headers;
  }
}
