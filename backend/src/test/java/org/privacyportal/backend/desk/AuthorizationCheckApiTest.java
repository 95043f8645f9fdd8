package org.privacyportal.backend.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.backend.BackendApp;
import org.privacyportal.backend.authorization.VerificationCode;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.LogRow;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;

/**
 * POST /api/v1/authorization-checks (docs/desk.md): staff enter the verification code printed on a
 * written authorization and the type of identification shown; the check opens the covered
 * categories, read-only, for half an hour, to that staff member; making it is an entry in the
 * patron's access log naming the grantee; wrong codes are counted and limited per staff member.
 */
class AuthorizationCheckApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/v1/authorization-checks";

  private static TestBackend backend;
  private static TestData data;
  private static Patron patron;
  private static Patron grantee;
  private static String authorizationId;
  private static String code;
  private static String staffSubject;
  private static String staff;

  @BeforeAll
  static void world() {
    backend = TestBackend.get();
    data = new TestData(backend.dataSource());
    patron = data.patron("Eve", LocalDate.now().minusYears(70), true);
    grantee = data.patron("Ted", LocalDate.now().minusYears(30), true);
    data.everyCategory(patron, new Random(5));
    Instant now = Instant.now();
    authorizationId =
        data.authorization(
            patron,
            grantee,
            "SELF",
            now.minus(2, ChronoUnit.DAYS),
            now.plus(20, ChronoUnit.DAYS),
            null,
            Category.LOANS,
            Category.HOLDS);
    code = codeOf(authorizationId);
    staffSubject = TestData.newId();
    staff = backend.tokens().accessToken(staffSubject, "staff");
  }

  static String codeOf(String authorizationId) {
    return data.rows(
            "SELECT verification_code FROM written_authorization WHERE id = ?", authorizationId)
        .get(0);
  }

  /**
   * A code of the right form that no authorization has (a random code ending so: odds of one in 30
   * to the 18th).
   */
  private static String wrongCode(int i) {
    String alphabet = VerificationCode.ALPHABET;
    return "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZ"
        + alphabet.charAt(i / alphabet.length())
        + alphabet.charAt(i % alphabet.length());
  }

  private static String body(String code, String idType) {
    return "{\"code\":\"" + code + "\",\"idType\":\"" + idType + "\"}";
  }

  /** The code as someone might type it: lower case, in groups with spaces and a dash. */
  private static String typed(String code) {
    String plain = code.replace("-", "").toLowerCase(java.util.Locale.ROOT);
    return plain.substring(0, 4) + " " + plain.substring(4, 8) + "-" + plain.substring(8);
  }

  @Test
  void aValidCodeShowsWhoseAndWhatForHalfAnHourAndOpensExactlyTheCoveredCategories()
      throws Exception {
    Instant before = Instant.now();
    HttpResponse<String> created = backend.post(PATH, staff, body(typed(code), "PASSPORT"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    assertThat(body.fieldNames())
        .toIterable()
        .containsExactly(
            "id", "patronId", "patronName", "granteeName", "categories", "validUntil", "expiresAt");
    assertThat(body.get("patronId").asText()).isEqualTo(patron.id());
    assertThat(body.get("patronName").asText())
        .isEqualTo(patron.firstName() + " " + patron.lastName());
    assertThat(body.get("granteeName").asText())
        .isEqualTo(grantee.firstName() + " " + grantee.lastName());
    assertThat(body.get("categories"))
        .extracting(JsonNode::asText)
        .containsExactly("holds", "loans");
    assertThat(Duration.between(before, Instant.parse(body.get("expiresAt").asText())))
        .isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));
    String checkId = body.get("id").asText();
    assertThat(
            data.rows(
                "SELECT CONCAT(staff_subject, '|', authorization_id, '|', id_type)"
                    + " FROM authorization_check WHERE id = ?",
                checkId))
        .containsExactly(staffSubject + "|" + authorizationId + "|PASSPORT");

    for (Category category : Category.values()) {
      int expected = List.of("loans", "holds").contains(category.wireName()) ? 200 : 404;
      assertThat(
              backend
                  .get(
                      "/api/v1/patrons/"
                          + patron.id()
                          + "/"
                          + category.wireName()
                          + "?check="
                          + checkId,
                      staff)
                  .statusCode())
          .as(category.wireName())
          .isEqualTo(expected);
    }
    // the check is its staff member's only
    assertThat(
            backend
                .get(
                    "/api/v1/patrons/" + patron.id() + "/loans?check=" + checkId,
                    backend.tokens().accessToken(TestData.newId(), "staff"))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void makingTheCheckIsAnEntryInThePatronsAccessLogThatNamesTheGrantee() throws Exception {
    long before = data.lastAccessLogSeq();

    HttpResponse<String> created = backend.post(PATH, staff, body(code, "STATE_ID"));

    assertThat(created.statusCode()).isEqualTo(201);
    List<LogRow> logged = data.accessLogAfter(before);
    assertThat(logged)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.patronId()).isEqualTo(patron.id());
              assertThat(entry.category()).isEqualTo("authorizations");
              assertThat(entry.ground()).isEqualTo("WRITTEN_AUTHORIZATION");
              assertThat(entry.actorSubject()).isEqualTo(staffSubject);
              assertThat(entry.actorRole()).isEqualTo("STAFF");
              assertThat(entry.groundRef()).isEqualTo(authorizationId);
            });
    // the patron's access-log view names the grantee the records were disclosed for
    JsonNode page =
        JSON.readTree(
            backend
                .get("/api/v1/patrons/" + patron.id() + "/access_log", backend.patronToken(patron))
                .body());
    JsonNode newest = page.get("items").get(0);
    assertThat(newest.get("ground").asText()).isEqualTo("WRITTEN_AUTHORIZATION");
    assertThat(newest.get("granteeName").asText())
        .isEqualTo(grantee.firstName() + " " + grantee.lastName());
  }

  @Test
  void anAuthorizationThatOpensNothingNowIsA409SayingWhyAndNothingIsStoredOrLogged()
      throws Exception {
    Instant now = Instant.now();
    Patron adult = data.patron("Rae", LocalDate.now().minusYears(19), true);
    String revoked =
        data.authorization(
            patron,
            grantee,
            "SELF",
            now.minus(3, ChronoUnit.DAYS),
            now.plus(3, ChronoUnit.DAYS),
            now.minus(1, ChronoUnit.MINUTES),
            Category.LOANS);
    String expired =
        data.authorization(
            patron,
            grantee,
            "SELF",
            now.minus(9, ChronoUnit.DAYS),
            now.minus(1, ChronoUnit.DAYS),
            null,
            Category.LOANS);
    String future =
        data.authorization(
            patron,
            grantee,
            "SELF",
            now.plus(1, ChronoUnit.DAYS),
            now.plus(9, ChronoUnit.DAYS),
            null,
            Category.LOANS);
    // signed by a guardian while the patron was a minor; the patron is 19 now
    String cameOfAge =
        data.authorization(
            adult,
            grantee,
            "GUARDIAN",
            now.minus(3, ChronoUnit.DAYS),
            now.plus(3, ChronoUnit.DAYS),
            null,
            Category.LOANS);
    long before = data.lastAccessLogSeq();
    for (String[] c :
        List.of(
            new String[] {revoked, "REVOKED"},
            new String[] {expired, "EXPIRED"},
            new String[] {future, "NOT_YET_VALID"},
            new String[] {cameOfAge, "ENDED_AT_MAJORITY"})) {
      HttpResponse<String> answer = backend.post(PATH, staff, body(codeOf(c[0]), "PASSPORT"));
      assertThat(answer.statusCode()).as(c[1]).isEqualTo(409);
      assertThat(JSON.readTree(answer.body()).get("code").asText()).isEqualTo(c[1]);
      assertThat(data.rows("SELECT id FROM authorization_check WHERE authorization_id = ?", c[0]))
          .isEmpty();
    }
    assertThat(data.accessLogAfter(before)).isEmpty();
  }

  @Test
  void aWrongCodeIsA404WithTriesLeftCountedPerStaffMemberAndBeyondTheLimitA429() throws Exception {
    String subject = TestData.newId();
    String busy = backend.tokens().accessToken(subject, "staff");
    int limit = BackendApp.Services.DEFAULT_CODE_TRIES_PER_HOUR;
    long before = data.lastAccessLogSeq();
    for (int i = 1; i <= limit; i++) {
      HttpResponse<String> wrong = backend.post(PATH, busy, body(wrongCode(i), "PASSPORT"));
      assertThat(wrong.statusCode()).as("wrong code " + i).isEqualTo(404);
      JsonNode problem = JSON.readTree(wrong.body());
      assertThat(problem.get("code").asText()).isEqualTo("CODE_NOT_FOUND");
      assertThat(problem.get("triesLeft").asInt()).isEqualTo(limit - i);
      if (i == 1) {
        // a valid code in between is not a wrong one
        assertThat(backend.post(PATH, busy, body(code, "PASSPORT")).statusCode()).isEqualTo(201);
      }
    }
    assertThat(
            data.rows(
                "SELECT COUNT(*) FROM authorization_code_miss WHERE staff_subject = ?", subject))
        .containsExactly(Integer.toString(limit));

    HttpResponse<String> refused = backend.post(PATH, busy, body(code, "PASSPORT"));

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("AUTHORIZATION_CODES");
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 3600L);
    // only the one valid check was logged; nothing after the limit
    assertThat(data.accessLogAfter(before)).hasSize(1);
    // the limit is per staff member
    assertThat(
            backend
                .post(
                    PATH,
                    backend.tokens().accessToken(TestData.newId(), "staff"),
                    body(code, "PASSPORT"))
                .statusCode())
        .isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"idType\":\"PASSPORT\"}",
        "{\"code\":\"  \",\"idType\":\"PASSPORT\"}",
        "{\"code\":\"AB#CD-EFGH\",\"idType\":\"PASSPORT\"}",
        "{\"code\":\"ABCD-EFGH-JKMN\"}",
        "{\"code\":\"ABCD-EFGH-JKMN\",\"idType\":\"LIBRARY_CARD\"}",
        "{\"code\":\"ABCD-EFGH-JKMN\",\"idType\":\"PASSPORT\",\"idNumber\":\"X1234567\"}",
        "[]"
      })
  void badInputIsA400AndNothingIsStoredCountedOrLogged(String json) {
    String subject = TestData.newId();
    long before = data.lastAccessLogSeq();

    HttpResponse<String> answer =
        backend.post(PATH, backend.tokens().accessToken(subject, "staff"), json);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(data.rows("SELECT id FROM authorization_check WHERE staff_subject = ?", subject))
        .isEmpty();
    assertThat(data.rows("SELECT id FROM authorization_code_miss WHERE staff_subject = ?", subject))
        .isEmpty();
    assertThat(data.accessLogAfter(before)).isEmpty();
  }

  @Test
  void onlyStaffAndTheDirectorCheckCodes() {
    String body = body(code, "PASSPORT");

    assertThat(backend.post(PATH, null, body).statusCode()).isEqualTo(401);
    assertThat(backend.post(PATH, backend.patronToken(grantee), body).statusCode()).isEqualTo(403);
    assertThat(
            backend
                .post(PATH, backend.tokens().accessToken(TestData.newId(), "director"), body)
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void aLimitSetLowerCountsOnlyWhatIsCountedAndFreesAnHourLater() {
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    DeskLookupLimit limit = new DeskLookupLimit(2);
    String subject = TestData.newId();
    try (var session = backend.sessions().openSession(false)) {
      AuthorizationCheckMapper mapper = session.getMapper(AuthorizationCheckMapper.class);
      assertThat(limit.check(mapper, subject, start)).isEmpty();
      limit.count(mapper, subject, start);
      assertThat(limit.left(mapper, subject, start)).isEqualTo(1);
      assertThat(limit.check(mapper, subject, start.plusSeconds(60))).isEmpty();
      limit.count(mapper, subject, start.plusSeconds(60));
      assertThat(limit.check(mapper, subject, start.plusSeconds(120))).contains(3480L);
      assertThat(limit.check(mapper, subject, start.plusSeconds(3601))).isEmpty();
      session.rollback(true);
    }
  }
}
