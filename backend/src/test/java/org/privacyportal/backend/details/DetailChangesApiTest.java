package org.privacyportal.backend.details;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.backend.http.ProblemType;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * Update my details: the patron's change requests and the staff decisions, through the HTTP API.
 */
class DetailChangesApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STAFF_PATH = "/api/v1/staff/detail-changes";
  private static final String NEW_ADDRESS =
      "{\"line1\":\"  12   Ryan  St \",\"line2\":\"Apt 3\",\"city\":\"Lake Charles\","
          + "\"region\":\"la\",\"postalCode\":\"70601-1234\"}";

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());
  private final String staffSubject = TestData.newId();
  private final String staff = backend.tokens().accessToken(staffSubject, "staff");

  // ---- the patron asks ----

  @Test
  void aRequestIsPendingWithNormalizedValuesAndChangesNothingYet() throws Exception {
    Patron patron = data.adult();

    HttpResponse<String> created =
        post(
            patron,
            backend.token(patron),
            "{\"email\":\" Rae.Smith@Example.ORG \",\"phone\":\"(337) 555-0142\",\"address\":"
                + NEW_ADDRESS
                + "}");

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode request = JSON.readTree(created.body());
    assertThat(request.get("status").asText()).isEqualTo("PENDING");
    assertThat(texts(request.get("changed"))).containsExactly("email", "phone", "address");
    assertThat(request.at("/requested/email").asText()).isEqualTo("Rae.Smith@example.org");
    assertThat(request.at("/requested/phone").asText()).isEqualTo("+13375550142");
    assertThat(request.at("/requested/address/line1").asText()).isEqualTo("12 Ryan St");
    assertThat(request.at("/requested/address/region").asText()).isEqualTo("LA");
    assertThat(request.at("/requested/address/postalCode").asText()).isEqualTo("70601-1234");
    assertThat(request.get("requestedBy").asText()).isEqualTo("SELF");

    JsonNode view = JSON.readTree(get(patron, backend.token(patron)).body());
    assertThat(view.at("/pending/id").asText()).isEqualTo(request.get("id").asText());
    assertThat(view.at("/current/email").isNull()).isTrue();
    assertThat(view.at("/current/address/line1").asText()).isEqualTo("1 Test St");
    assertThat(view.get("decided")).isEmpty();
    assertThat(patronRow(patron)).isEqualTo("null|null|1 Test St|null|Lake Charles|LA|70601");

    // the ticket shows in the patron's tickets, naming the fields but not the values
    assertThat(ticketOf(request.get("id").asText()))
        .startsWith("UPDATE_DETAILS|OPEN|PATRON|" + patron.subject());
    assertThat(ticketOf(request.get("id").asText()))
        .contains("e-mail address, phone number, postal address")
        .doesNotContain("Ryan")
        .doesNotContain("555");
    JsonNode tickets =
        JSON.readTree(
            backend
                .get("/api/v1/patrons/" + patron.id() + "/tickets", backend.token(patron))
                .body());
    assertThat(tickets.findValuesAsText("type")).contains("UPDATE_DETAILS");
  }

  @Test
  void oneRequestAtATimeTheFirstCanBeWithdrawnAndThenANewOneSent() throws Exception {
    Patron patron = data.adult();
    String first = id(post(patron, backend.token(patron), "{\"email\":\"first@example.org\"}"));

    HttpResponse<String> second =
        post(patron, backend.token(patron), "{\"email\":\"second@example.org\"}");
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(detail(second)).contains("already waiting").contains("Withdraw");
    assertThat(requests(patron)).hasSize(1);

    HttpResponse<String> withdrawn = delete(patron, backend.token(patron), first);
    assertThat(withdrawn.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(withdrawn.body()).get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(ticketOf(first)).startsWith("UPDATE_DETAILS|CLOSED|");
    assertThat(delete(patron, backend.token(patron), first).statusCode()).isEqualTo(409);

    HttpResponse<String> again =
        post(patron, backend.token(patron), "{\"email\":\"second@example.org\"}");
    assertThat(again.statusCode()).isEqualTo(201);
    JsonNode view = JSON.readTree(get(patron, backend.token(patron)).body());
    assertThat(view.at("/pending/id").asText()).isEqualTo(id(again));
    assertThat(view.at("/decided/0/status").asText()).isEqualTo("WITHDRAWN");
    assertThat(patronRow(patron)).startsWith("null|"); // nothing applied
    delete(patron, backend.token(patron), id(again));
  }

  @Test
  void twoRequestsAtTheSameMomentMakeOnePendingAndOneConflict() throws Exception {
    Patron patron = data.adult();
    List<HttpResponse<String>> answers =
        together(
            () -> post(patron, backend.token(patron), "{\"email\":\"one@example.org\"}"),
            () -> post(patron, backend.token(patron), "{\"phone\":\"337-555-0199\"}"));

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
    assertThat(requests(patron)).hasSize(1);
    answers.stream()
        .filter(a -> a.statusCode() == 201)
        .forEach(a -> delete(patron, backend.token(patron), id(a)));
  }

  @Test
  void valuesTheLibraryAlreadyHasChangeNothing() throws Exception {
    Patron patron = data.adult();
    HttpResponse<String> same =
        post(
            patron,
            backend.token(patron),
            "{\"email\":null,\"address\":{\"line1\":\"1 Test St\","
                + "\"city\":\"Lake Charles\",\"region\":\"LA\",\"postalCode\":\"70601\"}}");

    assertThat(same.statusCode()).isEqualTo(400);
    assertThat(detail(same)).contains("changes nothing");
    assertThat(JSON.readTree(same.body()).get("type").asText())
        .isEqualTo(ProblemType.VALIDATION.uri());
    assertThat(JSON.readTree(same.body()).get("code").asText()).isEqualTo("nothing-changes");
    assertThat(requests(patron)).isEmpty();

    // only what differs is part of the request
    HttpResponse<String> partly =
        post(patron, backend.token(patron), "{\"email\":null,\"phone\":\"+1 785 555 0110\"}");
    assertThat(texts(JSON.readTree(partly.body()).get("changed"))).containsExactly("phone");
    delete(patron, backend.token(patron), id(partly));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      `{}`                                                           | 'email', 'phone' and 'address'
      `not json`                                                     | JSON object
      `["x"]`                                                        | JSON object
      `{"email":"x@example.org","name":"Bob"}`                       | may only have the fields
      `{"email":"not-an-address"}`                                   | 'email'
      `{"email":"two@@example.org"}`                                 | 'email'
      `{"email":"a b@example.org"}`                                  | 'email'
      `{"email":"someone@localhost"}`                                | 'email'
      `{"email":12}`                                                 | 'email'
      `{"email":"LONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGLONGL@example.org"}` | 'email'
      `{"phone":"12"}`                                               | 'phone'
      `{"phone":"337-555-014"}`                                      | 'phone'
      `{"phone":"call me maybe"}`                                    | 'phone'
      `{"phone":true}`                                               | 'phone'
      `{"address":null}`                                             | 'address'
      `{"address":"12 Ryan St"}`                                     | 'address'
      `{"address":{"city":"Iowa","region":"LA","postalCode":"70601"}}` | 'address.line1'
      `{"address":{"line1":"   ","city":"Iowa","region":"LA","postalCode":"70601"}}` | 'address.line1'
      `{"address":{"line1":"1 A St","region":"LA","postalCode":"70601"}}` | 'address.city'
      `{"address":{"line1":"1 A St","city":"Iowa","region":"Louisiana","postalCode":"70601"}}` | 'address.region'
      `{"address":{"line1":"1 A St","city":"Iowa","region":"XX","postalCode":"70601"}}` | 'address.region'
      `{"address":{"line1":"1 A St","city":"Iowa","region":"LA","postalCode":"7060"}}` | 'address.postalCode'
      `{"address":{"line1":"1 A St","city":"Iowa","region":"LA","postalCode":"70601-12"}}` | 'address.postalCode'
      `{"address":{"line1":"1 A St","city":"Iowa","region":"LA"}}`   | 'address.postalCode'
      `{"address":{"line1":"1 A St","city":"Iowa","region":"LA","postalCode":"70601","country":"US"}}` | 'address'
      `{"address":{"line1":"1 A\\u0007 St","city":"Iowa","region":"LA","postalCode":"70601"}}` | 'address.line1'
      """)
  void aBadBodyIsA400NamingTheProblemWithoutEchoingItAndWritesNothing(String body, String named)
      throws Exception {
    Patron patron = data.adult();

    HttpResponse<String> response = post(patron, backend.token(patron), body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(detail(response)).contains(named);
    JsonNode problem = JSON.readTree(response.body());
    if (named.matches("'[A-Za-z.0-9]+'")) { // one field's value is wrong: validation naming it
      assertThat(problem.get("type").asText()).isEqualTo(ProblemType.VALIDATION.uri());
      assertThat(problem.get("errors").has(named.replace("'", ""))).as(named).isTrue();
    } else { // the body is not a change request at all
      assertThat(problem.get("type").asText()).isEqualTo(ProblemType.MALFORMED_REQUEST.uri());
    }
    for (String echoed :
        new String[] {"not-an-address", "Bob", "Louisiana", "7060\"", "call me", "country"}) {
      assertThat(response.body()).doesNotContain(echoed);
    }
    assertThat(requests(patron)).isEmpty();
    assertThat(ticketCount(patron)).isZero();
  }

  @Test
  void everyProblemIsNamedAtOnce() throws Exception {
    Patron patron = data.adult();
    HttpResponse<String> response =
        post(
            patron,
            backend.token(patron),
            "{\"email\":\"nope\",\"phone\":\"12\",\"address\":"
                + "{\"line1\":\"\",\"city\":\""
                + "c".repeat(101)
                + "\",\"region\":\"ZZ\",\"postalCode\":\"ABCDE\"}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(detail(response))
        .contains(
            "'email'",
            "'phone'",
            "'address.line1'",
            "'address.city'",
            "'address.region'",
            "'address.postalCode'");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo(ProblemType.VALIDATION.uri());
    assertThat(problem.get("errors"))
        .isEqualTo(
            JSON.readTree(
                "{\"email\":\"format\",\"phone\":\"format\","
                    + "\"address.line1\":\"required\",\"address.city\":\"too-long\",\"address.region\":\"not-allowed\","
                    + "\"address.postalCode\":\"format\"}"));
    assertThat(requests(patron)).isEmpty();
  }

  @Test
  void longValuesUpToTheColumnSizesAreAccepted() throws Exception {
    Patron patron = data.adult();
    String email =
        "l".repeat(64)
            + "@"
            + "d".repeat(60)
            + "."
            + "e".repeat(60)
            + "."
            + "f".repeat(60)
            + ".org";
    assertThat(email).hasSizeLessThanOrEqualTo(254);
    HttpResponse<String> created =
        post(
            patron,
            backend.token(patron),
            "{\"email\":\""
                + email
                + "\",\"address\":"
                + "{\"line1\":\""
                + "a".repeat(200)
                + "\",\"line2\":\""
                + "b".repeat(200)
                + "\",\"city\":\""
                + "c".repeat(100)
                + "\",\"region\":\"KS\",\"postalCode\":\"66044\"}}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(approve(id(created)).statusCode()).isEqualTo(200);
    assertThat(patronRow(patron)).startsWith(email + "|null|" + "a".repeat(200));
  }

  // ---- staff decide ----

  @Test
  void approvingAppliesTheValuesResolvesTheTicketAndIsLoggedAsLibraryBusiness() throws Exception {
    Patron patron = data.adult();
    String request =
        id(
            post(
                patron,
                backend.token(patron),
                "{\"email\":\"rae@example.org\",\"phone\":\"337 555 0142\",\"address\":"
                    + NEW_ADDRESS
                    + "}"));
    String ticket = ticketId(request);
    long seq = data.lastAccessLogSeq();

    HttpResponse<String> approved = approve(request);

    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(approved.body()).get("status").asText()).isEqualTo("APPROVED");
    assertThat(patronRow(patron))
        .isEqualTo("rae@example.org|+13375550142|12 Ryan St|Apt 3|Lake Charles|LA|70601-1234");
    assertThat(ticketOf(request)).startsWith("UPDATE_DETAILS|RESOLVED|");
    assertThat(decidedBy(request)).isEqualTo(staffSubject + "|STAFF");
    assertThat(data.accessLogAfter(seq))
        .filteredOn(row -> row.patronId().equals(patron.id()))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.category()).isEqualTo("profile");
              assertThat(row.ground()).isEqualTo("LIBRARY_BUSINESS");
              assertThat(row.actorSubject()).isEqualTo(staffSubject);
              assertThat(row.actorRole()).isEqualTo("STAFF");
              assertThat(row.groundRef()).isEqualTo(ticket);
            });
    JsonNode view = JSON.readTree(get(patron, backend.token(patron)).body());
    assertThat(view.get("pending").isNull()).isTrue();
    assertThat(view.at("/decided/0/status").asText()).isEqualTo("APPROVED");
    assertThat(view.at("/current/phone").asText()).isEqualTo("+13375550142");

    assertThat(approve(request).statusCode()).isEqualTo(409);
    assertThat(reject(request, "{\"reason\":\"Too late now\"}").statusCode()).isEqualTo(409);
  }

  @Test
  void approvingARemovalEmptiesTheField() throws Exception {
    Patron patron = data.adult();
    String first =
        id(
            post(
                patron,
                backend.token(patron),
                "{\"email\":\"keep@example.org\",\"phone\":\"3375550142\"}"));
    approve(first);
    String removal = id(post(patron, backend.token(patron), "{\"phone\":\"\"}"));

    assertThat(approve(removal).statusCode()).isEqualTo(200);
    assertThat(patronRow(patron)).startsWith("keep@example.org|null|1 Test St|");
  }

  @Test
  void rejectingNeedsAReasonWhichThePatronSees() throws Exception {
    Patron patron = data.adult();
    String request = id(post(patron, backend.token(patron), "{\"email\":\"rae@example.org\"}"));
    long seq = data.lastAccessLogSeq();

    for (String body :
        new String[] {
          "",
          "{}",
          "{\"reason\":null}",
          "{\"reason\":\"   \"}",
          "{\"reason\":\"no\"}",
          "{\"reason\":\"" + "x".repeat(501) + "\"}",
          "{\"reason\":\"Fine reason\",\"more\":1}",
          "[\"Fine reason\"]"
        }) {
      HttpResponse<String> refused = reject(request, body);
      assertThat(refused.statusCode()).as(body).isEqualTo(400);
      assertThat(detail(refused)).as(body).containsAnyOf("'reason'");
    }
    assertThat(status(request)).isEqualTo("PENDING");
    assertThat(data.accessLogAfter(seq)).noneMatch(row -> row.patronId().equals(patron.id()));

    HttpResponse<String> rejected =
        reject(request, "{\"reason\":\"Please bring proof of address to the desk.\"}");

    assertThat(rejected.statusCode()).isEqualTo(200);
    assertThat(patronRow(patron)).startsWith("null|");
    assertThat(ticketOf(request)).startsWith("UPDATE_DETAILS|RESOLVED|");
    JsonNode decided = JSON.readTree(get(patron, backend.token(patron)).body()).at("/decided/0");
    assertThat(decided.get("status").asText()).isEqualTo("REJECTED");
    assertThat(decided.get("reason").asText())
        .isEqualTo("Please bring proof of address to the desk.");
    assertThat(data.accessLogAfter(seq))
        .filteredOn(row -> row.patronId().equals(patron.id()))
        .singleElement()
        .satisfies(row -> assertThat(row.ground()).isEqualTo("LIBRARY_BUSINESS"));
  }

  @Test
  void approvingOnAnEmptyBodyOrEmptyObjectOnlyAndTheDirectorMayToo() throws Exception {
    Patron patron = data.adult();
    String request = id(post(patron, backend.token(patron), "{\"email\":\"rae@example.org\"}"));
    assertThat(
            backend
                .post(STAFF_PATH + "/" + request + "/approve", staff, "{\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(backend.post(STAFF_PATH + "/" + request + "/approve", staff, "nope").statusCode())
        .isEqualTo(400);

    String director = backend.tokens().accessToken(TestData.newId(), "director");
    HttpResponse<String> approved =
        backend.post(STAFF_PATH + "/" + request + "/approve", director, "{}");

    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(decidedBy(request)).endsWith("|DIRECTOR");
  }

  @Test
  void ofTwoDecisionsAtTheSameMomentExactlyOneWins() throws Exception {
    for (int round = 0; round < 5; round++) {
      Patron patron = data.adult();
      String request =
          id(post(patron, backend.token(patron), "{\"email\":\"race" + round + "@example.org\"}"));
      String otherStaff = backend.tokens().accessToken(TestData.newId(), "staff");

      List<HttpResponse<String>> answers =
          together(
              () -> approve(request),
              () ->
                  backend.post(
                      STAFF_PATH + "/" + request + "/reject",
                      otherStaff,
                      "{\"reason\":\"Not verified yet\"}"));

      assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
      boolean approved = answers.get(0).statusCode() == 200;
      assertThat(status(request)).isEqualTo(approved ? "APPROVED" : "REJECTED");
      assertThat(patronRow(patron))
          .startsWith(approved ? "race" + round + "@example.org|" : "null|");
      assertThat(ticketMessages(request)).isEqualTo(2); // the request and one decision
    }
  }

  @Test
  void aWithdrawalAndADecisionAtTheSameMomentDoNotBothWin() throws Exception {
    Patron patron = data.adult();
    String request = id(post(patron, backend.token(patron), "{\"email\":\"late@example.org\"}"));

    List<HttpResponse<String>> answers =
        together(() -> approve(request), () -> delete(patron, backend.token(patron), request));

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
    assertThat(status(request)).isIn("APPROVED", "WITHDRAWN");
  }

  @Test
  void theStaffListShowsPendingRequestsWithNameCardAndOnlyTheChangedFieldsAndLogsEachPatron()
      throws Exception {
    Patron patron = data.adult();
    String request = id(post(patron, backend.token(patron), "{\"phone\":\"337-555-0177\"}"));
    Patron withdrawn = data.adult();
    String gone = id(post(withdrawn, backend.token(withdrawn), "{\"phone\":\"337-555-0178\"}"));
    delete(withdrawn, backend.token(withdrawn), gone);
    long seq = data.lastAccessLogSeq();

    HttpResponse<String> list = backend.get(STAFF_PATH, staff);

    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(list.body());
    List<JsonNode> items = StreamSupport.stream(body.get("items").spliterator(), false).toList();
    assertThat(body.get("pending").asLong()).isGreaterThanOrEqualTo(items.size());
    assertThat(items).extracting(i -> i.get("id").asText()).contains(request).doesNotContain(gone);
    JsonNode item =
        items.stream().filter(i -> i.get("id").asText().equals(request)).findFirst().orElseThrow();
    assertThat(item.get("patronName").asText()).isEqualTo("Rae " + patron.lastName());
    assertThat(item.get("cardNumber").asText()).startsWith("99");
    assertThat(texts(item.get("changed"))).containsExactly("phone");
    assertThat(item.at("/requested/phone").asText()).isEqualTo("+13375550177");
    assertThat(item.at("/current/phone").isNull()).isTrue();
    // the fields the request does not change are not read out, nor who exactly asked
    assertThat(item.at("/current/address").isNull()).isTrue();
    assertThat(item.has("patronId")).isFalse();
    assertThat(list.body()).doesNotContain(patron.subject()).doesNotContain("birth");
    // oldest first
    List<String> times = items.stream().map(i -> i.get("requestedAt").asText()).toList();
    assertThat(times)
        .isSortedAccordingTo(
            (a, b) -> java.time.Instant.parse(a).compareTo(java.time.Instant.parse(b)));

    // one library-business entry for each patron shown, naming the request's ticket
    var entries = data.accessLogAfter(seq);
    assertThat(entries).hasSize(items.size());
    assertThat(entries)
        .filteredOn(row -> row.patronId().equals(patron.id()))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.ground()).isEqualTo("LIBRARY_BUSINESS");
              assertThat(row.category()).isEqualTo("profile");
              assertThat(row.actorSubject()).isEqualTo(staffSubject);
              assertThat(row.groundRef()).isEqualTo(ticketId(request));
            });
    delete(patron, backend.token(patron), request);
  }

  @Test
  void staffRoutesAreForbiddenToPatronsAndGuardians() throws Exception {
    Patron patron = data.adult();
    String request = id(post(patron, backend.token(patron), "{\"email\":\"mine@example.org\"}"));
    for (String token :
        new String[] {backend.token(patron), backend.tokens().accessToken(TestData.newId())}) {
      assertThat(backend.get(STAFF_PATH, token).statusCode()).isEqualTo(403);
      assertThat(backend.post(STAFF_PATH + "/" + request + "/approve", token, "{}").statusCode())
          .isEqualTo(403);
      assertThat(
              backend
                  .post(
                      STAFF_PATH + "/" + request + "/reject",
                      token,
                      "{\"reason\":\"Because I can\"}")
                  .statusCode())
          .isEqualTo(403);
    }
    assertThat(status(request)).isEqualTo("PENDING");
    assertThat(patronRow(patron)).startsWith("null|");
    delete(patron, backend.token(patron), request);
  }

  // ---- guardians and everyone else ----

  @Test
  void aGuardianAsksForTheMinorRecordedAsGuardianAndLogged() throws Exception {
    Patron guardian = data.adult();
    Patron minor = data.patron("Kit", LocalDate.now().minusYears(12), true);
    data.guardianLink(guardian, minor, true);
    long seq = data.lastAccessLogSeq();

    HttpResponse<String> created =
        post(minor, backend.token(guardian), "{\"email\":\"kit.family@example.org\"}");

    assertThat(created.statusCode()).isEqualTo(201);
    String request = id(created);
    assertThat(JSON.readTree(created.body()).get("requestedBy").asText()).isEqualTo("GUARDIAN");
    assertThat(requestedBy(request)).isEqualTo("GUARDIAN|" + guardian.subject());
    assertThat(ticketOf(request)).startsWith("UPDATE_DETAILS|OPEN|GUARDIAN|" + guardian.subject());
    assertThat(data.accessLogAfter(seq))
        .filteredOn(row -> row.patronId().equals(minor.id()))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.ground()).isEqualTo("GUARDIAN");
              assertThat(row.category()).isEqualTo("profile");
              assertThat(row.actorSubject()).isEqualTo(guardian.subject());
            });
    // the minor sees it too, and staff see a guardian asked, not which one
    assertThat(
            JSON.readTree(get(minor, backend.token(minor)).body())
                .at("/pending/requestedBy")
                .asText())
        .isEqualTo("GUARDIAN");
    HttpResponse<String> list = backend.get(STAFF_PATH, staff);
    assertThat(list.body()).contains(request).doesNotContain(guardian.subject());

    HttpResponse<String> withdrawn = delete(minor, backend.token(guardian), request);
    assertThat(withdrawn.statusCode()).isEqualTo(200);
    assertThat(decidedBy(request)).isEqualTo(guardian.subject() + "|GUARDIAN");
  }

  @Test
  void anyoneElseGetsTheSame404AsForNobodyAndNothingIsWritten() throws Exception {
    Patron patron = data.adult();
    Patron stranger = data.adult();
    Patron grownUp = data.patron("Ada", LocalDate.now().minusYears(30), true);
    Patron formerGuardian = data.adult();
    data.guardianLink(formerGuardian, grownUp, true); // an adult has no guardian
    String request = id(post(patron, backend.token(patron), "{\"email\":\"mine@example.org\"}"));
    String ticket = ticketId(request);
    String nobody =
        backend
            .get("/api/v1/patrons/" + TestData.newId() + "/loans", backend.token(stranger))
            .body();
    String body = "{\"email\":\"theirs@example.org\"}";

    List<HttpResponse<String>> refused =
        new ArrayList<>(
            List.of(
                get(patron, backend.token(stranger)),
                post(patron, backend.token(stranger), body),
                delete(patron, backend.token(stranger), request),
                delete(
                    stranger,
                    backend.token(stranger),
                    request), // their own patron id, someone else's request
                get(grownUp, backend.token(formerGuardian)),
                post(grownUp, backend.token(formerGuardian), body),
                backend.get(path(patron) + "?ticket=" + ticket, staff),
                backend.post(path(patron) + "?ticket=" + ticket, staff, body),
                backend.get(
                    "/api/v1/patrons/" + TestData.newId() + "/details/changes",
                    backend.token(stranger)),
                backend.get("/api/v1/patrons/not-an-id/details/changes", backend.token(stranger)),
                delete(patron, backend.token(patron), TestData.newId()),
                delete(patron, backend.token(patron), "not-an-id"),
                approve(TestData.newId()),
                approve("not-an-id"),
                reject(TestData.newId(), "{\"reason\":\"Unknown request\"}")));
    for (HttpResponse<String> response : refused) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).isEqualTo(nobody);
    }
    assertThat(status(request)).isEqualTo("PENDING");
    assertThat(requests(stranger)).isEmpty();
    assertThat(requests(grownUp)).isEmpty();
    delete(patron, backend.token(patron), request);
  }

  @Test
  void staffWhoAreAlsoThePatronOrTheGuardianCannotDecideTheirOwnRequest() throws Exception {
    Patron guardian = data.adult();
    Patron minor = data.patron("Kit", LocalDate.now().minusYears(12), true);
    data.guardianLink(guardian, minor, true);
    String request = id(post(minor, backend.token(guardian), "{\"email\":\"kit@example.org\"}"));
    String guardianAsStaff = backend.tokens().accessToken(guardian.subject(), "staff");

    assertThat(approve(request, guardianAsStaff).statusCode()).isEqualTo(404);
    assertThat(backend.get(STAFF_PATH, guardianAsStaff).body()).doesNotContain(request);
    assertThat(status(request)).isEqualTo("PENDING");
    delete(minor, backend.token(guardian), request);
  }

  // ---- helpers ----

  private static String path(Patron patron) {
    return "/api/v1/patrons/" + patron.id() + "/details/changes";
  }

  private HttpResponse<String> get(Patron patron, String token) {
    return backend.get(path(patron), token);
  }

  private HttpResponse<String> post(Patron patron, String token, String body) {
    return backend.post(path(patron), token, body);
  }

  private HttpResponse<String> delete(Patron patron, String token, String request) {
    return backend.send(
        HttpRequest.newBuilder(backend.uri(path(patron) + "/" + request))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build());
  }

  private HttpResponse<String> approve(String request) {
    return approve(request, staff);
  }

  private HttpResponse<String> approve(String request, String token) {
    return backend.post(STAFF_PATH + "/" + request + "/approve", token, "");
  }

  private HttpResponse<String> reject(String request, String body) {
    return backend.post(STAFF_PATH + "/" + request + "/reject", staff, body);
  }

  private static String id(HttpResponse<String> created) {
    try {
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      return JSON.readTree(created.body()).get("id").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String detail(HttpResponse<String> problem) throws Exception {
    return JSON.readTree(problem.body()).get("detail").asText();
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  /** Runs both calls at once (as near as two threads get) and returns their answers in order. */
  @SafeVarargs
  private static List<HttpResponse<String>> together(
      java.util.function.Supplier<HttpResponse<String>>... calls) {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
    for (var call : calls) {
      futures.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return call.get();
              }));
    }
    start.countDown();
    return futures.stream().map(CompletableFuture::join).toList();
  }

  private String patronRow(Patron patron) {
    return row(
        "SELECT email, phone, address_line1, address_line2, city, region, postal_code FROM patron WHERE id = ?",
        patron.id());
  }

  private List<String> requests(Patron patron) {
    return data.rows("SELECT id FROM detail_change_request WHERE patron_id = ?", patron.id());
  }

  private String status(String request) {
    return row("SELECT status FROM detail_change_request WHERE id = ?", request);
  }

  private String ticketId(String request) {
    return row("SELECT ticket_id FROM detail_change_request WHERE id = ?", request);
  }

  private String decidedBy(String request) {
    return row(
        "SELECT decided_by_subject, decided_by_role FROM detail_change_request WHERE id = ?",
        request);
  }

  private String requestedBy(String request) {
    return row(
        "SELECT requested_by_role, requested_by_subject FROM detail_change_request WHERE id = ?",
        request);
  }

  /** type|status|first message's author role|opened by|first message body. */
  private String ticketOf(String request) {
    return row(
        "SELECT t.type, t.status, m.author_role, t.opened_by_subject, m.body FROM ticket t"
            + " JOIN detail_change_request r ON r.ticket_id = t.id"
            + " JOIN ticket_message m ON m.ticket_id = t.id"
            + " WHERE r.id = ? ORDER BY m.created_at LIMIT 1",
        request);
  }

  private int ticketMessages(String request) {
    return data.rows(
            "SELECT m.id FROM ticket_message m JOIN detail_change_request r ON r.ticket_id = m.ticket_id"
                + " WHERE r.id = ?",
            request)
        .size();
  }

  private int ticketCount(Patron patron) {
    return data.rows("SELECT id FROM ticket WHERE patron_id = ?", patron.id()).size();
  }

  private String row(String sql, String parameter) {
    List<String> rows = data.rows(sql, parameter);
    assertThat(rows).hasSize(1);
    return rows.getFirst();
  }
}
