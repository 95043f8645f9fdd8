package org.privacyportal.backend.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;

/**
 * GET /api/v1/patrons/{id}/access-log/entries: who saw the records, by name where the patron should
 * see one.
 */
class AccessLogApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  static String path(Patron patron) {
    return "/api/v1/patrons/" + patron.id() + "/access-log/entries";
  }

  /** A staff (or director) token with the name claims Keycloak's profile scope adds. */
  static String namedToken(TestBackend backend, String subject, String name, String role) {
    return backend
        .tokens()
        .sign(backend.tokens().accessClaims(subject, role).claim("name", name).build());
  }

  @Test
  void namesTheGuardianTheGranteeAndStaffAndShowsTheDirectorUnderLegalProcessByRole()
      throws Exception {
    Instant now = Instant.now();
    TestData.ReadMinor read = data.readMinor(now);
    Patron minor = read.minor();
    String unnamedStaff = TestData.newId();
    String otherLookup =
        data.deskLookup(
            unnamedStaff,
            minor,
            "FINES_PAYMENT",
            now.minus(1, ChronoUnit.MINUTES),
            now.plus(5, ChronoUnit.MINUTES));
    String director = TestData.newId();
    String order =
        data.legalRequest(
            "LEGAL_PROCESS",
            "COURT_ORDER",
            "APPROVED",
            null,
            null,
            null,
            List.of(minor),
            Category.HOLDS);
    String incident =
        data.legalRequest(
            "INCIDENT", "NONE", "APPROVED", null, null, null, List.of(minor), Category.PROFILE);

    assertThat(
            backend
                .get("/api/v1/patrons/" + minor.id() + "/loans", backend.patronToken(read.mother()))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            backend
                .get("/api/v1/patrons/" + minor.id() + "/events", backend.patronToken(read.aunt()))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            backend
                .get(
                    "/api/v1/patrons/" + minor.id() + "/fines?lookup=" + read.lookup(),
                    namedToken(backend, read.staff(), "  Sam\tPorter ", "staff"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            backend
                .get(
                    "/api/v1/patrons/" + minor.id() + "/holds?lookup=" + otherLookup,
                    backend.tokens().accessToken(unnamedStaff, "staff"))
                .statusCode())
        .isEqualTo(200);
    String asDirector = namedToken(backend, director, "Diane Marsh", "director");
    assertThat(
            backend
                .get("/api/v1/patrons/" + minor.id() + "/holds?legal=" + order, asDirector)
                .statusCode())
        .isEqualTo(200);
    // Calcasieu allows incident disclosures (video assisting law enforcement)
    assertThat(
            backend
                .get("/api/v1/patrons/" + minor.id() + "/profile?legal=" + incident, asDirector)
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> response = backend.get(path(minor), backend.patronToken(minor));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode log = JSON.readTree(response.body());
    List<String> lines = lines(log);
    List<String> expected =
        List.of(
            "LEGAL_PROCESS profile DIRECTOR null null null INCIDENT null",
            "LEGAL_PROCESS holds DIRECTOR null null null COURT_ORDER null",
            "LIBRARY_BUSINESS holds STAFF null Central FINES_PAYMENT null null",
            "LIBRARY_BUSINESS fines STAFF Sam Porter Central LOST_CARD null null",
            "WRITTEN_AUTHORIZATION events PATRON Ann "
                + read.aunt().lastName()
                + " null null null null",
            "GUARDIAN loans PATRON Mae " + read.mother().lastName() + " null null null null");
    assertThat(lines).containsExactlyElementsOf(expected);
    assertThat(log.get("total").asLong()).isEqualTo(expected.size());
    assertThat(log.get("page").asInt()).isZero();
    assertThat(log.get("items").get(4).get("granteeName").asText())
        .isEqualTo("Ann " + read.aunt().lastName());
    assertThat(log.get("items").get(5).get("granteeName").isNull()).isTrue();

    // the access_log category of the records API names the same people
    JsonNode category =
        JSON.readTree(
            backend
                .get("/api/v1/patrons/" + minor.id() + "/access_log", backend.patronToken(minor))
                .body());
    assertThat(category.get("items").get(expected.size() - 3).get("actorName").asText())
        .isEqualTo("Sam Porter");
  }

  @Test
  void aNewNameReplacesTheOldOneAndAnImpersonationTokenRecordsNone() throws Exception {
    Patron patron = data.patron("Ria", LocalDate.now().minusYears(30), true);
    String staff = TestData.newId();
    Instant now = Instant.now();
    String lookup =
        data.deskLookup(
            staff,
            patron,
            "ACCOUNT_QUESTION",
            now.minus(1, ChronoUnit.MINUTES),
            now.plus(5, ChronoUnit.MINUTES));
    String loans = "/api/v1/patrons/" + patron.id() + "/loans?lookup=" + lookup;

    backend.get(loans, namedToken(backend, staff, "Sam Porter", "staff"));
    backend.get(loans, namedToken(backend, staff, "Samantha Porter-Reyes", "staff"));
    // A token issued by impersonating this staff member's account carries their name, but it is not
    // them acting.
    backend.get(
        "/api/v1/me",
        backend
            .tokens()
            .sign(
                backend
                    .tokens()
                    .accessClaims(staff, "staff")
                    .claim("name", "Somebody Else")
                    .claim("impersonator", java.util.Map.of("id", TestData.newId()))
                    .build()));

    JsonNode log = JSON.readTree(backend.get(path(patron), backend.patronToken(patron)).body());
    assertThat(log.get("items")).hasSize(2);
    log.get("items")
        .forEach(e -> assertThat(e.get("actorName").asText()).isEqualTo("Samantha Porter-Reyes"));
  }

  @Test
  void pagesNewestFirst() throws Exception {
    Patron minor = data.patron("Pip", LocalDate.now().minusYears(10), true);
    Patron father = data.patron("Pat", LocalDate.now().minusYears(40), true);
    data.guardianLink(father, minor, true);
    for (String category : new String[] {"loans", "holds", "fines"}) {
      assertThat(
              backend
                  .get(
                      "/api/v1/patrons/" + minor.id() + "/" + category, backend.patronToken(father))
                  .statusCode())
          .isEqualTo(200);
    }

    JsonNode first =
        JSON.readTree(backend.get(path(minor) + "?size=2", backend.patronToken(minor)).body());
    JsonNode second =
        JSON.readTree(
            backend.get(path(minor) + "?size=2&page=1", backend.patronToken(minor)).body());

    assertThat(first.get("total").asLong()).isEqualTo(3);
    assertThat(first.get("items"))
        .extracting(e -> e.get("category").asText())
        .containsExactly("fines", "holds");
    assertThat(second.get("items"))
        .extracting(e -> e.get("category").asText())
        .containsExactly("loans");
    assertThat(backend.get(path(minor) + "?size=0", backend.patronToken(minor)).statusCode())
        .isEqualTo(400);
  }

  @Test
  void theGuardianSeesTheMinorsLogAndThatReadIsLoggedToo() throws Exception {
    Patron minor = data.patron("Gus", LocalDate.now().minusYears(12), true);
    Patron mother = data.patron("Gia", LocalDate.now().minusYears(38), true);
    String link = data.guardianLink(mother, minor, true);
    long before = data.lastAccessLogSeq();

    HttpResponse<String> response = backend.get(path(minor), backend.patronToken(mother));

    assertThat(response.statusCode()).isEqualTo(200);
    List<TestData.LogRow> logged =
        data.accessLogAfter(before).stream().filter(r -> r.patronId().equals(minor.id())).toList();
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).category()).isEqualTo("access_log");
    assertThat(logged.get(0).ground()).isEqualTo("GUARDIAN");
    assertThat(logged.get(0).groundRef()).isEqualTo(link);
    assertThat(logged.get(0).actorSubject()).isEqualTo(mother.subject());
  }

  @Test
  void anyoneButThePatronOrTheirGuardianGetsTheAnswerOfAPatronWhoDoesNotExist() throws Exception {
    Patron patron = data.patron("Zed", LocalDate.now().minusYears(25), true);
    Patron grantee = data.patron("Zoe", LocalDate.now().minusYears(25), true);
    Patron stranger = data.patron("Zak", LocalDate.now().minusYears(25), true);
    Instant now = Instant.now();
    data.authorization(
        patron,
        grantee,
        "SELF",
        now.minus(1, ChronoUnit.DAYS),
        now.plus(5, ChronoUnit.DAYS),
        null,
        Category.ACCESS_LOG);
    String staff = TestData.newId();
    String lookup =
        data.deskLookup(
            staff,
            patron,
            "ACCOUNT_QUESTION",
            now.minus(1, ChronoUnit.MINUTES),
            now.plus(5, ChronoUnit.MINUTES));
    String staffToken = backend.tokens().accessToken(staff, "staff");
    assertThat(
            backend
                .get("/api/v1/patrons/" + patron.id() + "/access_log", backend.patronToken(grantee))
                .statusCode())
        .as("the grantee may read the category under the access rule")
        .isEqualTo(200);
    long before = data.lastAccessLogSeq();

    List<HttpResponse<String>> refused =
        List.of(
            backend.get(path(patron), backend.patronToken(grantee)),
            backend.get(path(patron), backend.patronToken(stranger)),
            backend.get(path(patron) + "?lookup=" + lookup, staffToken),
            backend.get(path(patron), backend.tokens().accessToken(TestData.newId(), "director")),
            backend.get(
                "/api/v1/patrons/not-an-id/access-log/entries", backend.patronToken(stranger)));
    HttpResponse<String> missing =
        backend.get(
            "/api/v1/patrons/" + TestData.newId() + "/access-log/entries",
            backend.patronToken(stranger));

    assertThat(missing.statusCode()).isEqualTo(404);
    for (HttpResponse<String> answer : refused) {
      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.body()).isEqualTo(missing.body());
      assertThat(answer.headers().firstValue("Content-Type"))
          .isEqualTo(missing.headers().firstValue("Content-Type"));
    }
    assertThat(data.accessLogAfter(before)).as("a refusal reads and logs nothing").isEmpty();
    assertThat(backend.get(path(patron)).statusCode()).isEqualTo(401);
  }

  static List<String> lines(JsonNode log) {
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
                        + e.get("reason").asText()
                        + " "
                        + e.get("legalInstrument").asText()
                        + " "
                        + e.get("questionTicketId").asText()));
    return lines;
  }
}
