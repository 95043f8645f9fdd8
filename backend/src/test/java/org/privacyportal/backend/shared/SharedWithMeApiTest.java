package org.privacyportal.backend.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;

/**
 * GET /api/v1/me/shared (docs/authorizations-shared.md): the authorizations in force naming the
 * caller as grantee, by patron name; revoked, expired, future, another grantee's and a guardian's
 * after the majority are not there; listing is not logged; revocation takes effect at once.
 */
class SharedWithMeApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/v1/me/shared";

  private static TestBackend backend;
  private static TestData data;

  @BeforeAll
  static void world() {
    backend = TestBackend.get();
    data = new TestData(backend.dataSource());
  }

  @Test
  void listsTheAuthorizationsInForceNamingTheCallerByPatronName() throws Exception {
    Instant now = Instant.now();
    LocalDate today = LocalDate.now();
    Patron grantee = data.patron("Gia", today.minusYears(33), true);
    Patron zed = data.patron("Zed", today.minusYears(60), true);
    Patron amy = data.patron("Amy", today.minusYears(70), true);
    Patron minor = data.patron("Kit", today.minusYears(12), true);
    Patron grownUp = data.patron("Bo", today.minusYears(20), true);
    Patron other = data.patron("Oz", today.minusYears(40), true);
    String fromZed =
        data.authorization(
            zed,
            grantee,
            "SELF",
            now.minus(1, ChronoUnit.DAYS),
            now.plus(10, ChronoUnit.DAYS),
            null,
            Category.LOANS,
            Category.FINES);
    String fromAmy =
        data.authorization(
            amy,
            grantee,
            "SELF",
            now.minus(1, ChronoUnit.DAYS),
            now.plus(10, ChronoUnit.DAYS),
            null,
            Category.HOLDS);
    String fromMinor =
        data.authorization(
            minor,
            grantee,
            "GUARDIAN",
            now.minus(1, ChronoUnit.DAYS),
            now.plus(10, ChronoUnit.DAYS),
            null,
            Category.EVENTS);
    data.authorization(
        grownUp,
        grantee,
        "GUARDIAN",
        now.minus(1, ChronoUnit.DAYS),
        now.plus(10, ChronoUnit.DAYS),
        null,
        Category.EVENTS);
    data.authorization(
        amy,
        grantee,
        "SELF",
        now.minus(9, ChronoUnit.DAYS),
        now.plus(10, ChronoUnit.DAYS),
        now.minus(1, ChronoUnit.HOURS),
        Category.LOANS);
    data.authorization(
        amy,
        grantee,
        "SELF",
        now.minus(9, ChronoUnit.DAYS),
        now.minus(1, ChronoUnit.DAYS),
        null,
        Category.LOANS);
    data.authorization(
        amy,
        grantee,
        "SELF",
        now.plus(1, ChronoUnit.DAYS),
        now.plus(9, ChronoUnit.DAYS),
        null,
        Category.LOANS);
    data.authorization(
        zed,
        other,
        "SELF",
        now.minus(1, ChronoUnit.DAYS),
        now.plus(10, ChronoUnit.DAYS),
        null,
        Category.LOANS);
    long before = data.lastAccessLogSeq();

    HttpResponse<String> answer = backend.get(PATH, backend.patronToken(grantee));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode list = JSON.readTree(answer.body());
    assertThat(list)
        .extracting(n -> n.get("authorizationId").asText())
        .containsExactly(fromAmy, fromMinor, fromZed);
    JsonNode first = list.get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly(
            "authorizationId",
            "patronId",
            "patronName",
            "categories",
            "validFrom",
            "validUntil",
            "endsAtMajority");
    assertThat(first.get("patronId").asText()).isEqualTo(amy.id());
    assertThat(first.get("patronName").asText()).isEqualTo("Amy " + amy.lastName());
    assertThat(first.get("categories")).extracting(JsonNode::asText).containsExactly("holds");
    assertThat(first.get("endsAtMajority").isNull()).isTrue();
    assertThat(list.get(2).get("categories"))
        .extracting(JsonNode::asText)
        .containsExactly("fines", "loans");
    assertThat(data.accessLogAfter(before)).as("listing is not an access").isEmpty();
    assertThat(JSON.readTree(backend.get(PATH, backend.patronToken(other)).body()))
        .extracting(n -> n.get("authorizationId").asText())
        .doesNotContain(fromAmy, fromMinor);
  }

  @Test
  void aRevokedAuthorizationIsGoneAtOnceAndItsRecordsClosed() throws Exception {
    Instant now = Instant.now();
    Patron grantee = data.patron("Ike", LocalDate.now().minusYears(33), true);
    Patron patron = data.patron("Lou", LocalDate.now().minusYears(55), true);
    String id =
        data.authorization(
            patron,
            grantee,
            "SELF",
            now.minus(1, ChronoUnit.DAYS),
            now.plus(10, ChronoUnit.DAYS),
            null,
            Category.LOANS);
    String token = backend.patronToken(grantee);
    assertThat(JSON.readTree(backend.get(PATH, token).body())).hasSize(1);
    assertThat(backend.get("/api/v1/patrons/" + patron.id() + "/loans", token).statusCode())
        .isEqualTo(200);

    data.update(
        "UPDATE written_authorization SET revoked_at = ? WHERE id = ?",
        TestData.utc(Instant.now().minusSeconds(1)),
        id);

    assertThat(JSON.readTree(backend.get(PATH, token).body())).isEmpty();
    assertThat(backend.get("/api/v1/patrons/" + patron.id() + "/loans", token).statusCode())
        .isEqualTo(404);
  }

  @Test
  void anAccountWithoutAPatronRecordGetsTheStandard404() {
    assertThat(
            backend.get(PATH, backend.tokens().accessToken(TestData.newId(), "staff")).statusCode())
        .isEqualTo(404);
    assertThat(backend.get(PATH).statusCode()).isEqualTo(401);
  }
}
