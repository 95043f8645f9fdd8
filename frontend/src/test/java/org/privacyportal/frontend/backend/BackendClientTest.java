package org.privacyportal.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.io.IOException;
import java.net.ConnectException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class BackendClientTest {

  private static final String PROBLEM = "application/problem+json";

  private MockRestServiceServer server;
  private BackendClient client;

  @BeforeEach
  void setUp() {
    RestClient.Builder builder = RestClient.builder().baseUrl("http://backend.test");
    server = MockRestServiceServer.bindTo(builder).build();
    client = new BackendClient(builder.build());
  }

  @Test
  void returnsThePatronExactlyAsTheBackendSentIt() {
    server
        .expect(requestTo("http://backend.test/api/v1/me"))
        .andExpect(method(HttpMethod.GET))
        .andRespond(
            withSuccess(
                """
                        {"id":"0b6f3c1e-1111-4a2b-9c3d-4e5f60718293","firstName":"Ána-Lucía","lastName":"O'Neil",
                         "cardNumber":"21234 000 123 45","birthDate":"1990-04-02","email":"patron@demo.library.test",
                         "phone":"+1 555 0100","address":{"line1":"1 Main St","line2":null,"city":"Lawrence",
                         "region":"KS","postalCode":"66044"},"accountType":"ADULT","expiresOn":"2027-06-30",
                         "somethingNew":true}
                        """,
                MediaType.APPLICATION_JSON));

    BackendAnswer<Patron> result = client.me();

    assertThat(result).isInstanceOf(BackendAnswer.Found.class);
    Patron patron = ((BackendAnswer.Found<Patron>) result).value();
    assertThat(patron.fullName()).isEqualTo("Ána-Lucía O'Neil");
    assertThat(patron.cardNumber()).isEqualTo("21234 000 123 45");
    assertThat(patron.accountType()).isEqualTo("ADULT");
    assertThat(patron.expiresOn()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(patron.address().city()).isEqualTo("Lawrence");
    server.verify();
  }

  @Test
  void notFoundProblemMeansNoPatronRecord() {
    server
        .expect(requestTo("http://backend.test/api/v1/me"))
        .andRespond(
            withStatus(HttpStatus.NOT_FOUND)
                .contentType(MediaType.parseMediaType(PROBLEM))
                .body(
                    "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"Not found\"}"));

    assertThat(client.me()).isInstanceOf(BackendAnswer.NotFound.class);
  }

  @Test
  void unauthorizedMeansSignInAgain() {
    server
        .expect(requestTo("http://backend.test/api/v1/me"))
        .andRespond(
            withStatus(HttpStatus.UNAUTHORIZED)
                .contentType(MediaType.parseMediaType(PROBLEM))
                .body("{\"title\":\"Unauthorized\",\"status\":401}"));

    assertThat(client.me())
        .isEqualTo(new BackendAnswer.Failed<>(BackendAnswer.Reason.SIGN_IN_AGAIN));
  }

  @Test
  void serverErrorMeansUnavailable() {
    server
        .expect(requestTo("http://backend.test/api/v1/me"))
        .andRespond(
            withStatus(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.parseMediaType(PROBLEM))
                .body("{\"title\":\"Service Unavailable\",\"status\":503}"));

    assertThat(client.me()).isEqualTo(new BackendAnswer.Failed<>(BackendAnswer.Reason.UNAVAILABLE));
  }

  @Test
  void unreachableBackendMeansUnavailable() {
    server
        .expect(requestTo("http://backend.test/api/v1/me"))
        .andRespond(withException(new ConnectException("Connection refused")));

    assertThat(client.me()).isEqualTo(new BackendAnswer.Failed<>(BackendAnswer.Reason.UNAVAILABLE));
  }

  @Test
  void otherClientErrorsAreRejectedWithTheirStatus() {
    server
        .expect(requestTo("http://backend.test/api/v1/me"))
        .andRespond(withStatus(HttpStatus.FORBIDDEN));

    assertThat(client.me())
        .isEqualTo(new BackendAnswer.Failed<>(BackendAnswer.Reason.REJECTED, 403, ApiProblem.NONE));
  }

  @Test
  void aRefusedSendCarriesTheProblemsTypeCodeAndMembers() {
    server
        .expect(requestTo("http://backend.test/api/v1/things/7"))
        .andExpect(
            org.springframework.test.web.client.match.MockRestRequestMatchers.method(
                org.springframework.http.HttpMethod.PUT))
        .andExpect(
            org.springframework.test.web.client.match.MockRestRequestMatchers.content()
                .string("{\"enabled\":true}"))
        .andRespond(
            withStatus(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(
                    "{\"type\":\""
                        + ApiProblem.TYPE_BASE
                        + "validation\",\"status\":400,"
                        + "\"detail\":\"Confirm first.\",\"code\":\"c\",\"errors\":{\"a.b\":\"format\",\"x\":\"required\"},"
                        + "\"triesLeft\":2,\"retryAfter\":30}"));

    var errors = new java.util.LinkedHashMap<String, String>();
    errors.put("a.b", "format");
    errors.put("x", "required");
    assertThat(
            client.send(
                org.springframework.http.HttpMethod.PUT,
                java.util.Map.class,
                java.util.Map.of("enabled", true),
                "/api/v1/things/{id}",
                "7"))
        .isEqualTo(
            new BackendAnswer.Failed<>(
                BackendAnswer.Reason.REJECTED,
                409,
                new ApiProblem("validation", "c", errors, 2, 30L)));
  }

  @Test
  void aBodyThatIsNoProblemOfOursReadsAsNone() {
    assertThat(ApiProblem.read("{\"type\":\"about:blank\",\"status\":400}"))
        .isEqualTo(ApiProblem.NONE);
    assertThat(ApiProblem.read("<html>")).isEqualTo(ApiProblem.NONE);
    assertThat(ApiProblem.read("")).isEqualTo(ApiProblem.NONE);
  }

  @Test
  void unreadableBodyIsUnexpected() throws IOException {
    server
        .expect(requestTo("http://backend.test/api/v1/me"))
        .andRespond(withSuccess("{\"expiresOn\":\"not a date\"}", MediaType.APPLICATION_JSON));

    assertThat(client.me()).isEqualTo(new BackendAnswer.Failed<>(BackendAnswer.Reason.UNEXPECTED));
  }

  @Test
  void summaryIsReadForThePatronAndKeepsTheBackendsCategoriesAndOrder() {
    server
        .expect(
            requestTo(
                "http://backend.test/api/v1/patrons/0b6f3c1e-1111-4a2b-9c3d-4e5f60718293/summary"))
        .andExpect(method(HttpMethod.GET))
        .andRespond(
            withSuccess(
                """
                        {"patronId":"0b6f3c1e-1111-4a2b-9c3d-4e5f60718293","categories":[
                          {"category":"profile","count":1,"nextDue":null},
                          {"category":"loans","count":3,"nextDue":"2026-12-01"},
                          {"category":"something_new","count":7}]}
                        """,
                MediaType.APPLICATION_JSON));

    BackendAnswer<RecordsSummary> result = client.summary("0b6f3c1e-1111-4a2b-9c3d-4e5f60718293");

    assertThat(result).isInstanceOf(BackendAnswer.Found.class);
    RecordsSummary summary = ((BackendAnswer.Found<RecordsSummary>) result).value();
    assertThat(summary.categories())
        .extracting(RecordsSummary.CategorySummary::category)
        .containsExactly("profile", "loans", "something_new");
    assertThat(summary.categories().get(1).count()).isEqualTo(3);
    assertThat(summary.categories().get(1).nextDue()).isEqualTo(LocalDate.of(2026, 12, 1));
    server.verify();
  }

  @Test
  void summaryOfAPatronOneMayNotSeeIsNotFound() {
    server
        .expect(requestTo("http://backend.test/api/v1/patrons/someone-else/summary"))
        .andRespond(
            withStatus(HttpStatus.NOT_FOUND)
                .contentType(MediaType.parseMediaType(PROBLEM))
                .body("{\"title\":\"Not Found\",\"status\":404}"));

    assertThat(client.summary("someone-else")).isInstanceOf(BackendAnswer.NotFound.class);
  }

  @Test
  void readsOnePageOfACategoryWithItsItemsAsSent() {
    server
        .expect(
            requestTo(
                "http://backend.test/api/v1/patrons/0b6f3c1e-1111-4a2b-9c3d-4e5f60718293/loans?page=1&size=10"))
        .andExpect(method(HttpMethod.GET))
        .andRespond(
            withSuccess(
                """
                        {"category":"loans","page":1,"size":10,"total":25,
                         "items":[{"id":"x","title":"Dune","dueOn":"2026-03-05","renewals":1}]}
                        """,
                MediaType.APPLICATION_JSON));

    BackendAnswer<RecordPage> result =
        client.records("0b6f3c1e-1111-4a2b-9c3d-4e5f60718293", "loans", 1, 10);

    RecordPage page = ((BackendAnswer.Found<RecordPage>) result).value();
    assertThat(page.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item).containsEntry("title", "Dune").containsEntry("dueOn", "2026-03-05");
            });
    assertThat(page.hasPrevious()).isTrue();
    assertThat(page.hasNext()).isTrue();
    server.verify();
  }

  @Test
  void aCategoryTheUserMayNotSeeIsNotFound() {
    server
        .expect(
            requestTo(
                "http://backend.test/api/v1/patrons/0b6f3c1e-1111-4a2b-9c3d-4e5f60718293/loan_history?page=0&size=10"))
        .andRespond(
            withStatus(HttpStatus.NOT_FOUND)
                .contentType(MediaType.parseMediaType(PROBLEM))
                .body("{\"title\":\"Not Found\",\"status\":404}"));

    assertThat(client.records("0b6f3c1e-1111-4a2b-9c3d-4e5f60718293", "loan_history", 0, 10))
        .isInstanceOf(BackendAnswer.NotFound.class);
  }

  @Test
  void theSearchTextIsOneEncodedQueryParameter() {
    server
        .expect(
            requestTo(
                "http://backend.test/api/v1/patrons/0b6f3c1e-1111-4a2b-9c3d-4e5f60718293/loan_history"
                    + "?page=0&size=10&q=a%26size%3D1%20%2B%25&sort=title&dir=asc"))
        .andRespond(
            withSuccess(
                "{\"category\":\"loan_history\",\"page\":0,\"size\":10,\"total\":0,\"items\":[]}",
                MediaType.APPLICATION_JSON));

    var query = new LoanHistoryQuery(" a&size=1 +% ", LoanHistoryQuery.Sort.TITLE, true);
    assertThat(client.loanHistory("0b6f3c1e-1111-4a2b-9c3d-4e5f60718293", query, 0, 10))
        .isInstanceOf(BackendAnswer.Found.class);
    server.verify();
  }

  @Test
  void theCsvComesAsBytes() {
    server
        .expect(
            requestTo(
                "http://backend.test/api/v1/patrons/0b6f3c1e-1111-4a2b-9c3d-4e5f60718293/loan_history.csv"
                    + "?q=&sort=returned&dir=desc"))
        .andExpect(
            org.springframework.test.web.client.match.MockRestRequestMatchers.header(
                "Accept", "text/csv"))
        .andRespond(
            withSuccess(
                "title,author\r\nDune,Frank Herbert\r\n", MediaType.parseMediaType("text/csv")));

    BackendAnswer<byte[]> csv =
        client.loanHistoryCsv("0b6f3c1e-1111-4a2b-9c3d-4e5f60718293", LoanHistoryQuery.ALL);

    assertThat(
            new String(
                ((BackendAnswer.Found<byte[]>) csv).value(),
                java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("title,author");
  }

  @Test
  void aStreamedBodyIsHandedToTheReaderWithItsLength() {
    byte[] zip = {'P', 'K', 3, 4, 0, 1, 2};
    server
        .expect(requestTo("http://backend.test/api/v1/files/7"))
        .andExpect(
            org.springframework.test.web.client.match.MockRestRequestMatchers.header(
                "Accept", "application/zip"))
        .andRespond(
            withSuccess(zip, MediaType.parseMediaType("application/zip"))
                .header("Content-Length", String.valueOf(zip.length)));
    var copy = new java.io.ByteArrayOutputStream();

    BackendAnswer<Long> answer =
        client.stream(
            MediaType.parseMediaType("application/zip"),
            (body, length) -> {
              assertThat(length).isEqualTo(zip.length);
              return body.transferTo(copy);
            },
            "/api/v1/files/{id}",
            "7");

    assertThat(answer).isEqualTo(new BackendAnswer.Found<>((long) zip.length));
    assertThat(copy.toByteArray()).isEqualTo(zip);
  }

  @Test
  void aStreamThatIsNotFoundOrRefusedIsNeverRead() {
    server
        .expect(requestTo("http://backend.test/api/v1/files/7"))
        .andRespond(withStatus(HttpStatus.NOT_FOUND));
    server
        .expect(requestTo("http://backend.test/api/v1/files/8"))
        .andRespond(withStatus(HttpStatus.UNAUTHORIZED));
    server
        .expect(requestTo("http://backend.test/api/v1/files/9"))
        .andRespond(
            withStatus(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(
                    "{\"type\":\""
                        + ApiProblem.TYPE_BASE
                        + "conflict\",\"status\":409,"
                        + "\"detail\":\"Not ready.\",\"code\":\"export-not-ready\"}"));
    BackendClient.StreamedBody<Long> reader =
        (body, length) -> {
          throw new AssertionError("read a refused body");
        };

    assertThat(client.stream(MediaType.ALL, reader, "/api/v1/files/{id}", "7"))
        .isInstanceOf(BackendAnswer.NotFound.class);
    assertThat(client.stream(MediaType.ALL, reader, "/api/v1/files/{id}", "8"))
        .isEqualTo(new BackendAnswer.Failed<>(BackendAnswer.Reason.SIGN_IN_AGAIN));
    assertThat(client.stream(MediaType.ALL, reader, "/api/v1/files/{id}", "9"))
        .isEqualTo(
            new BackendAnswer.Failed<>(
                BackendAnswer.Reason.REJECTED,
                409,
                ApiProblem.of(ApiProblem.CONFLICT, "export-not-ready")));
  }

  @Test
  void aStreamBrokenWhileReadingIsUnavailable() {
    server
        .expect(requestTo("http://backend.test/api/v1/files/7"))
        .andRespond(withSuccess(new byte[] {1, 2, 3}, MediaType.APPLICATION_OCTET_STREAM));

    assertThat(
            client.stream(
                MediaType.ALL,
                (body, length) -> {
                  throw new IOException("connection reset");
                },
                "/api/v1/files/{id}",
                "7"))
        .isEqualTo(new BackendAnswer.Failed<>(BackendAnswer.Reason.UNAVAILABLE));
  }

  @Test
  void turningReadingHistoryOffSendsTheConfirmationAndAnswersWhatTheBackendSays() {
    String id = "0b6f3c1e-1111-4a2b-9c3d-4e5f60718293";
    server
        .expect(requestTo("http://backend.test/api/v1/patrons/" + id + "/consents/reading-history"))
        .andExpect(method(HttpMethod.PUT))
        .andExpect(
            org.springframework.test.web.client.match.MockRestRequestMatchers.content()
                .string(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("\"enabled\":false"),
                        org.hamcrest.Matchers.containsString("\"confirmDeletion\":true"))))
        .andRespond(
            withSuccess(
                "{\"enabled\":false,\"policyVersion\":\"2026-11-01\"}",
                MediaType.APPLICATION_JSON));
    server
        .expect(requestTo("http://backend.test/api/v1/patrons/" + id + "/consents/reading-history"))
        .andExpect(method(HttpMethod.GET))
        .andRespond(
            withStatus(HttpStatus.NOT_FOUND).contentType(MediaType.parseMediaType(PROBLEM)));

    assertThat(client.setReadingHistory(id, false, true))
        .isEqualTo(new BackendAnswer.Found<>(new ReadingHistoryConsent(false, "2026-11-01")));
    assertThat(client.readingHistory(id)).isInstanceOf(BackendAnswer.NotFound.class);
    server.verify();
  }
}
