package org.privacyportal.backend.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * The privacy policy: the public text, the patron's page with what changed, and the acceptance as a
 * ledger entry.
 */
class PolicyApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OLDER = "2024-09-01";

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  private String token(Patron patron) {
    return backend.tokens().accessToken(patron.subject());
  }

  private static String policy(Patron patron) {
    return "/api/v1/patrons/" + patron.id() + "/policy/acceptance";
  }

  private static String acceptance(Patron patron) {
    return policy(patron);
  }

  private Patron adult() {
    return data.patron("Rae", LocalDate.now().minusYears(40), true);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, Board of Trustees, false", "es, Junta de Síndicos, true"})
  void theCurrentPolicyIsOpenToAnyoneInEitherLanguage(
      String lang, String words, boolean translation) throws Exception {
    HttpResponse<String> response = backend.get("/api/v1/policy?lang=" + lang);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("version").asText()).isEqualTo(backend.profile().policyVersion());
    assertThat(body.get("effectiveDate").asText()).isEqualTo(backend.profile().policyVersion());
    assertThat(body.get("summary").asText()).isNotBlank();
    assertThat(body.get("translation").asBoolean()).isEqualTo(translation);
    assertThat(body.get("text").get(0).asText()).contains(words);
    assertThat(body.get("versions"))
        .extracting(v -> v.get("version").asText())
        .containsExactly(backend.profile().policyVersion(), OLDER);
    HttpResponse<String> french = backend.get("/api/v1/policy?lang=fr");
    assertThat(french.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(french.body()).get("detail").asText())
        .contains("'lang'", "\"en\" or \"es\"");
  }

  @Test
  void aPatronWhoAcceptedAnOlderVersionSeesWhatChangedThenAcceptsOnceAsALedgerEntry()
      throws Exception {
    Patron patron = adult();
    accepted(patron, OLDER, "SELF", patron.subject());

    JsonNode before = JSON.readTree(backend.get(policy(patron), token(patron)).body());

    assertThat(before.get("currentVersion").asText()).isEqualTo(backend.profile().policyVersion());
    assertThat(before.get("lastAcceptedVersion").asText()).isEqualTo(OLDER);
    assertThat(before.get("accepted").asBoolean()).isFalse();
    assertThat(before.get("changesKnown").asBoolean()).isTrue();
    assertThat(before.get("changes"))
        .extracting(c -> c.get("type").asText())
        .containsExactly("REMOVED", "ADDED");
    assertThat(before.get("changes").get(1).get("text").asText())
        .contains("mobile numbers collected through opt-in");
    // which words changed: pieces of the line, each marked, joining back to the line's text
    JsonNode words = before.get("changes").get(1).get("words");
    assertThat(words)
        .extracting(w -> w.get("type").asText())
        .contains("UNCHANGED", "ADDED")
        .doesNotContain("REMOVED");
    StringBuilder joined = new StringBuilder();
    words.forEach(w -> joined.append(w.get("text").asText()));
    assertThat(joined.toString()).isEqualTo(before.get("changes").get(1).get("text").asText());
    assertThat(before.get("changes").get(0).get("words"))
        .extracting(w -> w.get("type").asText())
        .doesNotContain("ADDED");
    assertThat(before.get("versionsSince"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.get("version").asText()).isEqualTo(backend.profile().policyVersion()));
    assertThat(before.get("text").size()).isGreaterThan(5);

    HttpResponse<String> first =
        backend.post(
            acceptance(patron),
            token(patron),
            "{\"version\":\"" + backend.profile().policyVersion() + "\"}");
    HttpResponse<String> again =
        backend.post(
            acceptance(patron),
            token(patron),
            "{\"version\":\"" + backend.profile().policyVersion() + "\"}");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(first.body()).get("recorded").asBoolean()).isTrue();
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("recorded").asBoolean()).isFalse();
    assertThat(policyEntries(patron))
        .containsExactly(
            "true|false|SELF|" + patron.subject() + "|" + OLDER + "|PORTAL",
            "true|true|SELF|"
                + patron.subject()
                + "|"
                + backend.profile().policyVersion()
                + "|PORTAL");
    JsonNode after = JSON.readTree(backend.get(policy(patron), token(patron)).body());
    assertThat(after.get("accepted").asBoolean()).isTrue();
    assertThat(after.get("lastAcceptedVersion").asText())
        .isEqualTo(backend.profile().policyVersion());
    assertThat(after.get("changes")).isEmpty();
    // the acceptance is in the ledger view like any other change
    JsonNode ledger =
        JSON.readTree(
            backend
                .get("/api/v1/patrons/" + patron.id() + "/consents/ledger", token(patron))
                .body());
    assertThat(ledger.get("items").get(0).get("consent").asText()).isEqualTo("POLICY");
  }

  @Test
  void aPatronWhoNeverAcceptedHasNoChangesListAndAcceptsWithPreviousFalse() throws Exception {
    Patron patron = adult();

    JsonNode view = JSON.readTree(backend.get(policy(patron) + "?lang=es", token(patron)).body());

    assertThat(view.get("lastAcceptedVersion").isNull()).isTrue();
    assertThat(view.get("accepted").asBoolean()).isFalse();
    assertThat(view.get("changes")).isEmpty();
    assertThat(view.get("translation").asBoolean()).isTrue();
    assertThat(
            backend
                .post(
                    acceptance(patron),
                    token(patron),
                    "{\"version\":\"" + backend.profile().policyVersion() + "\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(policyEntries(patron))
        .containsExactly(
            "true|false|SELF|"
                + patron.subject()
                + "|"
                + backend.profile().policyVersion()
                + "|PORTAL");
  }

  @Test
  void aVersionOlderThanTheOldestKeptIsShownWithoutAChangesList() throws Exception {
    Patron patron = adult();
    accepted(patron, "2018-05-01", "SELF", patron.subject());

    JsonNode view = JSON.readTree(backend.get(policy(patron), token(patron)).body());

    assertThat(view.get("lastAcceptedVersion").asText()).isEqualTo("2018-05-01");
    assertThat(view.get("changesKnown").asBoolean()).isFalse();
    assertThat(view.get("changes")).isEmpty();
    assertThat(view.get("versionsSince")).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {OLDER, "2099-01-01", "anything"})
  void acceptingAnythingButTheCurrentVersionIsA409AndRecordsNothing(String version)
      throws Exception {
    Patron patron = adult();

    HttpResponse<String> response =
        backend.post(acceptance(patron), token(patron), "{\"version\":\"" + version + "\"}");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .contains(backend.profile().policyVersion())
        .doesNotContain("anything");
    assertThat(policyEntries(patron)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{}",
        "{\"version\":1}",
        "{\"version\":\"\"}",
        "not json",
        "[]",
        "{\"version\":\"2026-11-01\",\"extra\":true}"
      })
  void aBadBodyIsA400NamingTheField(String body) throws Exception {
    Patron patron = adult();

    HttpResponse<String> response = backend.post(acceptance(patron), token(patron), body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("'version'");
    assertThat(policyEntries(patron)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"calcasieu", "lawrence"})
  void aGuardianAcceptsForTheMinorRecordedAsGuardianAndLogged(String profileId) throws Exception {
    TestBackend library = TestBackend.forProfile(profileId);
    Patron guardian = adult();
    Patron minor = data.patron("Kit", LocalDate.now().minusYears(12), true);
    data.guardianLink(guardian, minor, true);
    long seq = data.lastAccessLogSeq();

    assertThat(library.get(policy(minor), token(guardian)).statusCode()).isEqualTo(200);
    HttpResponse<String> accepted =
        library.post(
            acceptance(minor),
            token(guardian),
            "{\"version\":\"" + library.profile().policyVersion() + "\"}");

    assertThat(accepted.statusCode()).isEqualTo(201);
    assertThat(policyEntries(minor))
        .containsExactly(
            "true|false|GUARDIAN|"
                + guardian.subject()
                + "|"
                + library.profile().policyVersion()
                + "|PORTAL");
    assertThat(data.accessLogAfter(seq))
        .filteredOn(row -> row.patronId().equals(minor.id()))
        .extracting(TestData.LogRow::ground)
        .containsExactly("GUARDIAN", "GUARDIAN");
  }

  @Test
  void anyoneElseGetsTheSame404AsForNobody() throws Exception {
    Patron patron = adult();
    Patron stranger = adult();
    String staff = backend.tokens().accessToken(TestData.newId(), "staff");
    String ticket = data.ticket(patron, "OPEN");
    String nobody =
        backend.get("/api/v1/patrons/" + TestData.newId() + "/loans", token(stranger)).body();
    String body = "{\"version\":\"" + backend.profile().policyVersion() + "\"}";

    List<HttpResponse<String>> refused =
        List.of(
            backend.get(policy(patron), token(stranger)),
            backend.post(acceptance(patron), token(stranger), body),
            backend.get(policy(patron) + "?ticket=" + ticket, staff),
            backend.post(acceptance(patron) + "?ticket=" + ticket, staff, body),
            backend.get(
                "/api/v1/patrons/" + TestData.newId() + "/policy/acceptance", token(stranger)),
            backend.post(
                "/api/v1/patrons/" + TestData.newId() + "/policy/acceptance",
                token(stranger),
                body));
    for (HttpResponse<String> response : refused) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).isEqualTo(nobody);
    }
    assertThat(policyEntries(patron)).isEmpty();
    assertThat(backend.get(policy(patron)).statusCode()).isEqualTo(401);
  }

  private void accepted(Patron patron, String version, String role, String subject) {
    data.update(
        "INSERT INTO consent_entry (id, patron_id, consent, granted, previous, actor_role, actor_subject,"
            + " policy_version, channel, recorded_at) VALUES (?, ?, 'POLICY', TRUE, FALSE, ?, ?, ?, 'PORTAL', ?)",
        TestData.newId(),
        patron.id(),
        role,
        subject,
        version,
        LocalDate.parse("2025-01-15").atStartOfDay());
  }

  /**
   * The patron's POLICY entries, oldest first, as granted|previous|role|subject|version|channel.
   */
  private List<String> policyEntries(Patron patron) {
    return data.consentEntries(patron, "POLICY");
  }
}
