package org.privacyportal.backend.access;

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
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.LogRow;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;

/**
 * A token Keycloak issued through impersonation carries the patron's subject and roles, and an
 * impersonator claim naming the staff member. It is never the patron themself: only library
 * business by that staff member, logged with them as the actor, and never the reading history.
 */
class ImpersonationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static TestBackend backend;
  private static TestData data;
  private static Patron patron;
  private static Patron ward;
  private static String staff;
  private static String token;
  private static String openTicket;

  @BeforeAll
  static void world() {
    backend = TestBackend.get();
    data = new TestData(backend.dataSource());
    patron = data.patron("Ivy", LocalDate.now().minusYears(38), true);
    ward = data.patron("Wes", LocalDate.now().minusYears(9), false);
    data.guardianLink(patron, ward, true);
    data.everyCategory(patron, new Random(7));
    staff = TestData.newId();
    data.staffMember(staff, "Sam Impersonator");
    openTicket = data.ticket(patron, "CLOSE_ACCOUNT", "OPEN", staff);
    token = AccessMatrixTest.impersonationToken(patron, staff);
  }

  @Test
  void withoutATicketOrLookupItIsRefusedLikeAStranger() {
    HttpResponse<String> nobody =
        backend.get("/api/v1/patrons/" + TestData.newId() + "/loans", token);
    for (Category category : Category.values()) {
      HttpResponse<String> own =
          backend.get("/api/v1/patrons/" + patron.id() + "/" + category.wireName(), token);
      assertThat(own.statusCode()).as(category.wireName()).isEqualTo(404);
      assertThat(own.body()).isEqualTo(nobody.body());
    }
    assertThat(backend.get("/api/v1/patrons/" + patron.id() + "/summary", token).statusCode())
        .isEqualTo(404);
    assertThat(backend.get("/api/v1/patrons/" + ward.id() + "/loans", token).statusCode())
        .as("nor is it the guardian of the patron's ward")
        .isEqualTo(404);
  }

  @Test
  void itHasNoAccountsOfItsOwn() throws Exception {
    HttpResponse<String> accounts = backend.get("/api/v1/me/accounts", token);

    assertThat(accounts.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(accounts.body()).get("accounts")).isEmpty();
  }

  @Test
  void withAnOpenTicketItReadsAsTheStaffMemberAndIsLoggedSo() {
    long before = data.lastAccessLogSeq();

    HttpResponse<String> loans =
        backend.get("/api/v1/patrons/" + patron.id() + "/loans?ticket=" + openTicket, token);

    assertThat(loans.statusCode()).isEqualTo(200);
    List<LogRow> logged = data.accessLogAfter(before);
    assertThat(logged).hasSize(1);
    LogRow entry = logged.get(0);
    assertThat(entry.ground()).isEqualTo("LIBRARY_BUSINESS");
    assertThat(entry.actorSubject()).isEqualTo(staff);
    assertThat(entry.actorRole()).isEqualTo("STAFF");
    assertThat(entry.impersonatedSubject()).isEqualTo(patron.subject());
    assertThat(entry.groundRef()).isEqualTo(openTicket);
  }

  @Test
  void neverTheReadingHistoryEvenWithATicket() {
    long before = data.lastAccessLogSeq();

    HttpResponse<String> history =
        backend.get("/api/v1/patrons/" + patron.id() + "/loan_history?ticket=" + openTicket, token);

    assertThat(history.statusCode()).isEqualTo(404);
    assertThat(data.accessLogAfter(before)).isEmpty();
  }

  @Test
  void theSummaryShowsWhatLibraryBusinessCoversAndLogsEachAsTheStaffMember() throws Exception {
    long before = data.lastAccessLogSeq();

    HttpResponse<String> summary =
        backend.get("/api/v1/patrons/" + patron.id() + "/summary?ticket=" + openTicket, token);

    assertThat(summary.statusCode()).isEqualTo(200);
    List<String> shown = new ArrayList<>();
    JSON.readTree(summary.body())
        .get("categories")
        .forEach(c -> shown.add(c.get("category").asText()));
    // a CLOSE_ACCOUNT ticket opens what closing needs (docs/desk.md), never the reading history
    assertThat(shown).containsExactly("profile", "loans", "holds", "fines", "tickets");
    assertThat(data.accessLogAfter(before))
        .hasSize(5)
        .allSatisfy(e -> assertThat(e.actorSubject()).isEqualTo(staff));
  }

  @Test
  void aDeskLookupCountsOnlyForTheStaffMemberWhoMadeIt() {
    Instant now = Instant.now();
    String own =
        data.deskLookup(
            staff,
            patron,
            "HOLD_PICKUP",
            now.minus(1, ChronoUnit.MINUTES),
            now.plus(10, ChronoUnit.MINUTES));
    String colleagues =
        data.deskLookup(
            TestData.newId(),
            patron,
            "ACCOUNT_QUESTION",
            now.minus(1, ChronoUnit.MINUTES),
            now.plus(10, ChronoUnit.MINUTES));

    assertThat(
            backend
                .get("/api/v1/patrons/" + patron.id() + "/holds?lookup=" + own, token)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            backend
                .get("/api/v1/patrons/" + patron.id() + "/holds?lookup=" + colleagues, token)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void anImpersonatorClaimThatNamesNobodyGrantsNothing() {
    String odd =
        backend
            .tokens()
            .sign(
                backend
                    .tokens()
                    .accessClaims(patron.subject(), "patron", "staff")
                    .claim("impersonator", Map.of("username", "staff"))
                    .build());

    assertThat(
            backend
                .get("/api/v1/patrons/" + patron.id() + "/loans?ticket=" + openTicket, odd)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void anImpersonatorTheStaffDirectoryDoesNotKnowGrantsNothing() {
    String stranger =
        TestData.newId(); // a well-formed Keycloak id that never used a staff token here
    String ticket = data.ticket(patron, "CLOSE_ACCOUNT", "OPEN", stranger);
    String odd = AccessMatrixTest.impersonationToken(patron, stranger);
    long before = data.lastAccessLogSeq();

    HttpResponse<String> nobody =
        backend.get("/api/v1/patrons/" + TestData.newId() + "/loans", odd);
    HttpResponse<String> loans =
        backend.get("/api/v1/patrons/" + patron.id() + "/loans?ticket=" + ticket, odd);

    assertThat(loans.statusCode()).isEqualTo(404);
    assertThat(loans.body()).isEqualTo(nobody.body());
    assertThat(data.accessLogAfter(before)).isEmpty();
    // the same ticket and token, once the impersonator is known staff, reads: the claim was the
    // only gap
    data.staffMember(stranger, "Later Known");
    assertThat(
            backend
                .get("/api/v1/patrons/" + patron.id() + "/loans?ticket=" + ticket, odd)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void thePatronsAccessLogNamesTheImpersonatingStaffMember() throws Exception {
    backend.get("/api/v1/patrons/" + patron.id() + "/fines?ticket=" + openTicket, token);

    JsonNode entries =
        JSON.readTree(
                backend
                    .get(
                        "/api/v1/patrons/" + patron.id() + "/access-log/entries",
                        backend.tokens().accessToken(patron.subject(), "patron"))
                    .body())
            .get("items");
    assertThat(entries)
        .anySatisfy(
            e -> {
              assertThat(e.get("category").asText()).isEqualTo("fines");
              assertThat(e.get("ground").asText()).isEqualTo("LIBRARY_BUSINESS");
              assertThat(e.get("actorName").asText()).isEqualTo("Sam Impersonator");
            });
  }

  @Test
  void theStaffMembersOwnTokenReadsTheSameWithoutAnImpersonationMark() throws Exception {
    long before = data.lastAccessLogSeq();
    String own = backend.tokens().accessToken(staff, "staff");

    HttpResponse<String> loans =
        backend.get("/api/v1/patrons/" + patron.id() + "/loans?ticket=" + openTicket, own);

    assertThat(loans.statusCode()).isEqualTo(200);
    JsonNode page = JSON.readTree(loans.body());
    assertThat(page.get("total").asLong()).isPositive();
    assertThat(data.accessLogAfter(before))
        .singleElement()
        .satisfies(e -> assertThat(e.impersonatedSubject()).isNull());
  }
}
