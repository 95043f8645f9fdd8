package org.privacyportal.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;

/**
 * Reading history in another guise (docs/consents.md): the title and author of a hold that has
 * ended, what an online service lent, the topic of a reference question. Every caller who may read
 * `holds`, `online_services` or `reference` gets the rows; only the patron, a guardian, and a
 * written authorization or legal request that also covers `loan_history` get those fields. Library
 * business never does (AccessPolicy.readsReadingHistory). An active hold's title is not history:
 * everyone who may read holds sees it.
 */
class ReadingHistoryFieldsTest {

  private static final String ACTIVE_TITLE = "A title still on hold";
  private static final String FINISHED_TITLE = "A title picked up last month";
  private static final String FINISHED_AUTHOR = "Someone Wrote-It";
  private static final String EBOOK = "Borrowed: A Very Private E-Book";
  private static final String TOPIC = "Divorce and custody law";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Caller> CALLERS = new HashMap<>();

  /** The answers of the current test, as sent: a withheld field must not hide elsewhere in them. */
  private static final List<String> BODIES = new ArrayList<>();

  /** Who asks, about whom, with which query string. */
  private record Caller(String token, Patron target, String query) {}

  @BeforeAll
  static void world() {
    TestBackend backend = TestBackend.get();
    TestData data = new TestData(backend.dataSource());
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Patron adult = data.patron("Rea", LocalDate.now().minusYears(37), true);
    Patron minor = data.patron("Kit", LocalDate.now().minusYears(13), true);
    Patron guardian = data.patron("Gwen", LocalDate.now().minusYears(44), true);
    Patron holdsOnly = data.patron("Hol", LocalDate.now().minusYears(50), true);
    Patron withHistory = data.patron("His", LocalDate.now().minusYears(52), true);
    data.guardianLink(guardian, minor, true);
    for (Patron p : List.of(adult, minor)) {
      traces(data, p, now);
    }
    String holdsOnlyAuthorization =
        data.authorization(
            adult,
            holdsOnly,
            "SELF",
            now.minus(1, ChronoUnit.DAYS),
            now.plus(9, ChronoUnit.DAYS),
            null,
            Category.HOLDS,
            Category.ONLINE_SERVICES,
            Category.REFERENCE);
    String withHistoryAuthorization =
        data.authorization(
            adult,
            withHistory,
            "SELF",
            now.minus(1, ChronoUnit.DAYS),
            now.plus(9, ChronoUnit.DAYS),
            null,
            Category.HOLDS,
            Category.ONLINE_SERVICES,
            Category.REFERENCE,
            Category.LOAN_HISTORY);
    String staffSubject = TestData.newId();
    String directorSubject = TestData.newId();
    data.staffMember(staffSubject, "Fields Staff");
    // closing an account is the ticket type that opens holds (AccessPolicy.TICKET_CATEGORIES)
    String ticket = data.ticket(adult, "CLOSE_ACCOUNT", "IN_PROGRESS", staffSubject);
    String directorsTicket = data.ticket(adult, "CLOSE_ACCOUNT", "IN_PROGRESS", directorSubject);
    String lookup =
        data.deskLookup(
            staffSubject,
            adult,
            "HOLD_PICKUP",
            now.minus(1, ChronoUnit.MINUTES),
            now.plus(29, ChronoUnit.MINUTES));
    String orderWithoutHistory =
        data.legalRequest(
            "LEGAL_PROCESS",
            "COURT_ORDER",
            "APPROVED",
            null,
            null,
            null,
            List.of(adult),
            Category.HOLDS,
            Category.ONLINE_SERVICES,
            Category.REFERENCE);
    String orderWithHistory =
        data.legalRequest(
            "LEGAL_PROCESS",
            "COURT_ORDER",
            "APPROVED",
            null,
            null,
            null,
            List.of(adult),
            Category.HOLDS,
            Category.ONLINE_SERVICES,
            Category.REFERENCE,
            Category.LOAN_HISTORY);
    String staff = backend.tokens().accessToken(staffSubject, "staff");
    String director = backend.tokens().accessToken(directorSubject, "director");

    CALLERS.put("self", new Caller(backend.patronToken(adult), adult, ""));
    CALLERS.put("minor-self", new Caller(backend.patronToken(minor), minor, ""));
    CALLERS.put("guardian", new Caller(backend.patronToken(guardian), minor, ""));
    CALLERS.put(
        "grantee-without-loan-history", new Caller(backend.patronToken(holdsOnly), adult, ""));
    CALLERS.put(
        "grantee-with-loan-history", new Caller(backend.patronToken(withHistory), adult, ""));
    CALLERS.put("staff-open-ticket", new Caller(staff, adult, "?ticket=" + ticket));
    CALLERS.put("staff-desk-lookup", new Caller(staff, adult, "?lookup=" + lookup));
    CALLERS.put("director-open-ticket", new Caller(director, adult, "?ticket=" + directorsTicket));
    CALLERS.put(
        "impersonation-open-ticket",
        new Caller(
            AccessMatrixTest.impersonationToken(adult, staffSubject), adult, "?ticket=" + ticket));
    CALLERS.put(
        "director-order-without-loan-history",
        new Caller(director, adult, "?legal=" + orderWithoutHistory));
    CALLERS.put(
        "director-order-with-loan-history",
        new Caller(director, adult, "?legal=" + orderWithHistory));
    // the staff desk's checks of the two authorizations (docs/desk.md): as the authorization says
    CALLERS.put(
        "staff-desk-check-without-loan-history",
        new Caller(staff, adult, "?check=" + deskCheck(data, staff, holdsOnlyAuthorization)));
    CALLERS.put(
        "staff-desk-check-with-loan-history",
        new Caller(staff, adult, "?check=" + deskCheck(data, staff, withHistoryAuthorization)));
  }

  /** A desk check of the authorization by its code, over HTTP; its id. */
  private static String deskCheck(TestData data, String staff, String authorizationId) {
    String code =
        data.rows(
                "SELECT verification_code FROM written_authorization WHERE id = ?", authorizationId)
            .get(0);
    HttpResponse<String> created =
        TestBackend.get()
            .post(
                "/api/v1/authorization-checks",
                staff,
                "{\"code\":\"" + code + "\",\"idType\":\"PASSPORT\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    try {
      return JSON.readTree(created.body()).get("id").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An active and an ended hold, an e-book borrowed online, a reference question. */
  private static void traces(TestData data, Patron p, Instant now) {
    data.update(
        "INSERT INTO hold_request (id, patron_id, title, author, format, pickup_branch, placed_at, status,"
            + " queue_position, ready_until) VALUES (?, ?, ?, 'Still Waiting', 'BOOK', 'Central', ?, 'WAITING', 2, NULL)",
        TestData.newId(),
        p.id(),
        ACTIVE_TITLE,
        TestData.utc(now.minus(2, ChronoUnit.DAYS)));
    data.update(
        "INSERT INTO hold_request (id, patron_id, title, author, format, pickup_branch, placed_at, status,"
            + " queue_position, ready_until) VALUES (?, ?, ?, ?, 'BOOK', 'Central', ?, 'FULFILLED', NULL, NULL)",
        TestData.newId(),
        p.id(),
        FINISHED_TITLE,
        FINISHED_AUTHOR,
        TestData.utc(now.minus(40, ChronoUnit.DAYS)));
    data.update(
        "INSERT INTO online_service_use (id, patron_id, platform, kind, used_at, detail)"
            + " VALUES (?, ?, 'Libby (OverDrive)', 'EBOOK', ?, ?)",
        TestData.newId(),
        p.id(),
        TestData.utc(now.minus(5, ChronoUnit.DAYS)),
        EBOOK);
    data.update(
        "INSERT INTO reference_consultation (id, patron_id, consulted_at, channel, topic, branch)"
            + " VALUES (?, ?, ?, 'CHAT', ?, NULL)",
        TestData.newId(),
        p.id(),
        TestData.utc(now.minus(9, ChronoUnit.DAYS)),
        TOPIC);
  }

  /** Y: the fields are there; N: the rows are there, the fields null. */
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("self", true),
        Arguments.of("minor-self", true),
        Arguments.of("guardian", true),
        Arguments.of("grantee-with-loan-history", true),
        Arguments.of("director-order-with-loan-history", true),
        Arguments.of("staff-desk-check-with-loan-history", true),
        Arguments.of("staff-desk-check-without-loan-history", false),
        Arguments.of("grantee-without-loan-history", false),
        Arguments.of("director-order-without-loan-history", false),
        Arguments.of("staff-open-ticket", false),
        Arguments.of("staff-desk-lookup", false),
        Arguments.of("director-open-ticket", false),
        Arguments.of("impersonation-open-ticket", false));
  }

  @ParameterizedTest(name = "{0}: reading history shown {1}")
  @MethodSource("table")
  void showsReadingHistoryOnlyWhereTheRuleSays(String name, boolean shown) throws Exception {
    Caller caller = CALLERS.get(name);
    BODIES.clear();

    List<JsonNode> holds = items(caller, Category.HOLDS);
    JsonNode active =
        holds.stream()
            .filter(h -> "WAITING".equals(h.path("status").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(active.path("title").asText())
        .isEqualTo(ACTIVE_TITLE); // a current hold is no history
    if (LIBRARY_BUSINESS.contains(name)) {
      // Library business lists active holds only (AccessPolicy.showsEndedHolds) and never reaches
      // online services or reference questions (no ticket type or desk lookup opens them).
      assertThat(holds).hasSize(1);
      assertThat(status(caller, Category.ONLINE_SERVICES)).isEqualTo(404);
      assertThat(status(caller, Category.REFERENCE)).isEqualTo(404);
      assertThat(String.join("\n", BODIES))
          .doesNotContain(FINISHED_TITLE, FINISHED_AUTHOR, EBOOK, TOPIC);
      return;
    }
    JsonNode finished =
        holds.stream()
            .filter(h -> "FULFILLED".equals(h.path("status").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(holds).hasSize(2);
    assertThat(finished.path("placedAt").isMissingNode()).isFalse();
    assertThat(finished.path("pickupBranch").asText()).isEqualTo("Central");
    JsonNode online = single(caller, Category.ONLINE_SERVICES);
    assertThat(online.path("platform").asText()).isEqualTo("Libby (OverDrive)");
    assertThat(online.path("kind").asText()).isEqualTo("EBOOK");
    JsonNode reference = single(caller, Category.REFERENCE);
    assertThat(reference.path("channel").asText()).isEqualTo("CHAT");

    if (shown) {
      assertThat(finished.path("title").asText()).isEqualTo(FINISHED_TITLE);
      assertThat(finished.path("author").asText()).isEqualTo(FINISHED_AUTHOR);
      assertThat(online.path("detail").asText()).isEqualTo(EBOOK);
      assertThat(reference.path("topic").asText()).isEqualTo(TOPIC);
    } else {
      assertThat(finished.hasNonNull("title")).as("finished hold's title").isFalse();
      assertThat(finished.hasNonNull("author")).as("finished hold's author").isFalse();
      assertThat(online.hasNonNull("detail")).as("online service's detail").isFalse();
      assertThat(reference.hasNonNull("topic")).as("reference topic").isFalse();
      assertThat(String.join("\n", BODIES))
          .doesNotContain(FINISHED_TITLE, FINISHED_AUTHOR, EBOOK, TOPIC);
    }
  }

  private static final Set<String> LIBRARY_BUSINESS =
      Set.of(
          "staff-open-ticket",
          "staff-desk-lookup",
          "director-open-ticket",
          "impersonation-open-ticket");

  private static int status(Caller caller, Category category) throws Exception {
    HttpResponse<String> response =
        TestBackend.get()
            .get(
                "/api/v1/patrons/"
                    + caller.target().id()
                    + "/"
                    + category.wireName()
                    + caller.query(),
                caller.token());
    BODIES.add(response.body());
    return response.statusCode();
  }

  private static List<JsonNode> items(Caller caller, Category category) throws Exception {
    HttpResponse<String> response =
        TestBackend.get()
            .get(
                "/api/v1/patrons/"
                    + caller.target().id()
                    + "/"
                    + category.wireName()
                    + caller.query(),
                caller.token());
    assertThat(response.statusCode()).as(category.wireName()).isEqualTo(200);
    BODIES.add(response.body());
    List<JsonNode> items = new ArrayList<>();
    JSON.readTree(response.body()).get("items").forEach(items::add);
    return items;
  }

  private static JsonNode single(Caller caller, Category category) throws Exception {
    List<JsonNode> items = items(caller, category);
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
