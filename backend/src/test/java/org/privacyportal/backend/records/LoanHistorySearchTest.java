package org.privacyportal.backend.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/** Searching and sorting the reading history: ?q=, ?sort=, ?dir=, through the same access rule. */
class LoanHistorySearchTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant BASE = Instant.parse("2025-03-01T12:00:00Z");

  private static TestBackend backend;
  private static TestData data;
  private static Patron reader;
  private static String token;

  @BeforeAll
  static void world() {
    backend = TestBackend.get();
    data = new TestData(backend.dataSource());
    reader = data.patron("Hana", LocalDate.now().minusYears(33), true);
    token = backend.tokens().accessToken(reader.subject(), "patron");
    // returned in this order: the last one is the most recent return
    returned(0, "The Left Hand of Darkness", "Ursula K. Le Guin");
    returned(1, "Dune", "Frank Herbert");
    returned(2, "100% Cotton_Guide", "Zoe Abbot");
    returned(3, "A Wizard of Earthsea", "Ursula K. Le Guin");
    returned(4, "100 Poems", "Mary Oliver");
    data.loan(reader, BASE, LocalDate.of(2025, 3, 20), null); // still out: never in the history
  }

  private static void returned(int day, String title, String author) {
    String id =
        data.loan(
            reader,
            BASE.plus(day, ChronoUnit.DAYS),
            LocalDate.of(2025, 4, 1),
            BASE.plus(day + 10, ChronoUnit.DAYS));
    data.update("UPDATE loan SET title = ?, author = ? WHERE id = ?", title, author, id);
  }

  @Test
  void withoutParametersTheMostRecentReturnComesFirst() throws Exception {
    assertThat(titles(""))
        .containsExactly(
            "100 Poems",
            "A Wizard of Earthsea",
            "100% Cotton_Guide",
            "Dune",
            "The Left Hand of Darkness");
  }

  @Test
  void searchMatchesTitleOrAuthorIgnoringCase() throws Exception {
    assertThat(titles("q=le+GUIN"))
        .containsExactly("A Wizard of Earthsea", "The Left Hand of Darkness");
    assertThat(titles("q=dune")).containsExactly("Dune");
    JsonNode body = ok("q=URSULA&size=1");
    assertThat(body.get("total").asLong()).isEqualTo(2);
  }

  @Test
  void wildcardsInTheSearchAreJustText() throws Exception {
    assertThat(titles("q=" + enc("100%"))).containsExactly("100% Cotton_Guide");
    assertThat(titles("q=" + enc("n_G"))).containsExactly("100% Cotton_Guide");
    assertThat(titles("q=" + enc("%"))).containsExactly("100% Cotton_Guide");
    assertThat(titles("q=" + enc("!"))).isEmpty();
  }

  @Test
  void sortsByTitleOrAuthorEitherWay() throws Exception {
    assertThat(titles("sort=title"))
        .containsExactly(
            "100 Poems",
            "100% Cotton_Guide",
            "A Wizard of Earthsea",
            "Dune",
            "The Left Hand of Darkness");
    assertThat(titles("sort=title&dir=desc").getFirst()).isEqualTo("The Left Hand of Darkness");
    // same author: the most recent return first
    assertThat(titles("sort=author&dir=desc"))
        .containsExactly(
            "100% Cotton_Guide",
            "A Wizard of Earthsea", "The Left Hand of Darkness", "100 Poems", "Dune");
    assertThat(titles("sort=returned&dir=asc").getFirst()).isEqualTo("The Left Hand of Darkness");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      sort=due              | sort
      sort=TITLE            | sort
      sort=title;drop       | sort
      dir=up                | dir
      dir=                  | dir
      """)
  void aBadSortOrDirectionIsA400NamingIt(String query, String parameter) throws Exception {
    HttpResponse<String> response = backend.get(path(query), token);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .contains("'" + parameter + "'");
  }

  @Test
  void anOverlongSearchIsA400() throws Exception {
    HttpResponse<String> response = backend.get(path("q=" + "a".repeat(101)), token);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("'q'");
  }

  @Test
  void someoneElseStillGetsTheSame404() {
    Patron other = data.patron("Ivo", LocalDate.now().minusYears(30), true);
    String otherToken = backend.tokens().accessToken(other.subject(), "patron");
    HttpResponse<String> nobody =
        backend.get("/api/v1/patrons/" + TestData.newId() + "/loan_history", otherToken);

    HttpResponse<String> response = backend.get(path("q=dune&sort=title"), otherToken);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo(nobody.body());
  }

  private static List<String> titles(String query) throws Exception {
    List<String> titles = new ArrayList<>();
    ok(query).get("items").forEach(item -> titles.add(item.get("title").asText()));
    return titles;
  }

  private static JsonNode ok(String query) throws Exception {
    HttpResponse<String> response = backend.get(path(query), token);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String path(String query) {
    return "/api/v1/patrons/"
        + reader.id()
        + "/loan_history"
        + (query.isEmpty() ? "" : "?" + query);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
