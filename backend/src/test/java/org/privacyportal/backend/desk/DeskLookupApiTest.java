package org.privacyportal.backend.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/** POST /api/v1/desk-lookups: staff state a reason before they may look a patron up. */
class DeskLookupApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/v1/desk-lookups";

  private static TestBackend backend;
  private static Patron patron;
  private static String staff;

  @BeforeAll
  static void world() {
    backend = TestBackend.get();
    patron = new TestData(backend.dataSource()).patron("Dee", LocalDate.now().minusYears(61), true);
    staff = backend.tokens().accessToken(TestData.newId(), "staff");
  }

  @Test
  void aLookupWithAReasonLastsHalfAnHourAndOpensTheRecords() throws Exception {
    Instant before = Instant.now();
    HttpResponse<String> created = backend.post(PATH, staff,
        "{\"patronId\":\"" + patron.id() + "\",\"reason\":\"Renewal question at the desk\",\"branch\":\"Central\"}");

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "expiresAt");
    Instant expires = Instant.parse(body.get("expiresAt").asText());
    assertThat(Duration.between(before, expires)).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));
    assertThat(backend.get("/api/v1/patrons/" + patron.id() + "/loans?lookup=" + body.get("id").asText(), staff)
        .statusCode()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"patronId":"%s"}`                                 | 'reason'
      `{"patronId":"%s","reason":""}`                     | 'reason'
      `{"patronId":"%s","reason":"   a b c d   "}`        | 'reason'
      `{"patronId":"%s","reason":null}`                   | 'reason'
      `{"reason":"Renewal question"}`                     | 'patronId'
      `{"patronId":"%s","reason":"Renewal","extra":1}`    | body
      `not json`                                          | body
      `["%s"]`                                            | body
      """)
  void withoutAProperReasonOrBodyIsA400NamingTheField(String template, String named) throws Exception {
    HttpResponse<String> response = backend.post(PATH, staff, template.formatted(patron.id()));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains(named);
  }

  @Test
  void anUnknownPatronGetsTheSame404AsEverywhere() {
    HttpResponse<String> nobody = backend.get("/api/v1/patrons/" + TestData.newId() + "/loans", staff);
    for (String id : new String[] {TestData.newId(), "not-an-id"}) {
      HttpResponse<String> response = backend.post(PATH, staff,
          "{\"patronId\":\"" + id + "\",\"reason\":\"Renewal question at the desk\"}");
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).isEqualTo(nobody.body());
    }
  }

  @Test
  void onlyStaffAndTheDirectorMayLookPatronsUp() {
    String body = "{\"patronId\":\"" + patron.id() + "\",\"reason\":\"Renewal question at the desk\"}";

    assertThat(backend.post(PATH, null, body).statusCode()).isEqualTo(401);
    assertThat(backend.post(PATH, backend.tokens().accessToken(patron.subject(), "patron"), body).statusCode())
        .isEqualTo(403);
    assertThat(backend.post(PATH, backend.tokens().accessToken(TestData.newId(), "director"), body).statusCode())
        .isEqualTo(201);
  }
}
