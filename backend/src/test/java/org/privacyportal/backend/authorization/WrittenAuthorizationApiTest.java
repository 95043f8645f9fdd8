package org.privacyportal.backend.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyportal.backend.http.ProblemType;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * The written-authorization routes over HTTP on MariaDB: the preview's checks (each wrong field a
 * 400 naming it, nothing stored), the signature (row, categories, exact text and its hash, a ledger
 * entry), the sign-in age, the typed name, a changed text, a guardian signing for a minor, someone
 * else's patron, the database's refusal to change a signed one, and revocation.
 */
class WrittenAuthorizationApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());
  private final ZoneId zone = backend.profile().timeZone();

  private static String base(Patron patron) {
    return "/api/v1/patrons/" + patron.id() + "/written-authorizations";
  }

  private String token(Patron patron) {
    return backend.patronToken(patron);
  }

  /** A token whose sign-in was {@code secondsAgo} ago ({@code null}: no auth_time claim). */
  private String tokenSignedIn(Patron patron, Long secondsAgo) {
    var claims = backend.tokens().accessClaims(patron.subject(), "patron");
    claims.claim(
        "auth_time", secondsAgo == null ? null : Instant.now().getEpochSecond() - secondsAgo);
    return backend.tokens().sign(claims.build());
  }

  private LocalDate today() {
    return LocalDate.now(zone);
  }

  private static ObjectNode form(String granteeName) {
    ObjectNode form = JSON.createObjectNode();
    form.put("granteeName", granteeName);
    form.putArray("categories").add("loans").add("holds");
    form.put("purpose", "Picking up my holds while I recover.");
    form.put("language", "en");
    return form;
  }

  private JsonNode preview(Patron patron, ObjectNode form) throws Exception {
    HttpResponse<String> answer =
        backend.post(base(patron) + "/preview", token(patron), form.toString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private ObjectNode signature(ObjectNode form, String hash, Patron signer) {
    ObjectNode body = form.deepCopy();
    body.put("textHash", hash);
    body.put("typedName", signer.firstName() + " " + signer.lastName());
    body.put("statementAccepted", true);
    return body;
  }

  private long count(String sql, Object... values) {
    return Long.parseLong(data.rows(sql, values).getFirst());
  }

  private long authorizationsOf(Patron patron) {
    return count("SELECT COUNT(*) FROM written_authorization WHERE patron_id = ?", patron.id());
  }

  // ---- preview ----

  static Stream<Arguments> badForms() {
    return Stream.of(
        Arguments.of(
            "granteeName", "required", (Consumer<ObjectNode>) f -> f.remove("granteeName")),
        Arguments.of(
            "granteeName", "too-short", (Consumer<ObjectNode>) f -> f.put("granteeName", "A")),
        Arguments.of(
            "granteeName",
            "too-long",
            (Consumer<ObjectNode>) f -> f.put("granteeName", "x".repeat(201))),
        Arguments.of(
            "granteeName",
            "control-characters",
            (Consumer<ObjectNode>) f -> f.put("granteeName", "Minh\nNguyen")),
        Arguments.of(
            "granteeCardNumber",
            "format",
            (Consumer<ObjectNode>) f -> f.put("granteeCardNumber", "12-34")),
        Arguments.of(
            "categories", "required", (Consumer<ObjectNode>) f -> f.putArray("categories")),
        Arguments.of(
            "categories",
            "not-allowed",
            (Consumer<ObjectNode>) f -> f.putArray("categories").add("loans").add("secrets")),
        Arguments.of(
            "categories",
            "not-allowed",
            (Consumer<ObjectNode>) f -> f.putArray("categories").add("loan_history")),
        Arguments.of(
            "categories",
            "duplicate",
            (Consumer<ObjectNode>) f -> f.putArray("categories").add("loans").add("loans")),
        Arguments.of(
            "includeReadingHistory",
            "type",
            (Consumer<ObjectNode>) f -> f.put("includeReadingHistory", "yes")),
        Arguments.of("purpose", "required", (Consumer<ObjectNode>) f -> f.put("purpose", "  ")),
        Arguments.of("purpose", "too-short", (Consumer<ObjectNode>) f -> f.put("purpose", "ok")),
        Arguments.of(
            "purpose", "too-long", (Consumer<ObjectNode>) f -> f.put("purpose", "x".repeat(501))),
        Arguments.of(
            "validFrom", "format", (Consumer<ObjectNode>) f -> f.put("validFrom", "03/04/2026")),
        Arguments.of(
            "validFrom",
            "in-the-past",
            (Consumer<ObjectNode>)
                f ->
                    f.put(
                        "validFrom",
                        LocalDate.now(ZoneId.of("America/Chicago")).minusDays(2).toString())),
        Arguments.of(
            "validUntil",
            "before-start",
            (Consumer<ObjectNode>)
                f -> {
                  LocalDate start = LocalDate.now(ZoneId.of("America/Chicago")).plusDays(3);
                  f.put("validFrom", start.toString());
                  f.put("validUntil", start.toString());
                }),
        Arguments.of(
            "validUntil",
            "out-of-range",
            (Consumer<ObjectNode>)
                f -> {
                  LocalDate start = LocalDate.now(ZoneId.of("America/Chicago")).plusDays(3);
                  f.put("validFrom", start.toString());
                  f.put("validUntil", start.plusYears(1).plusDays(1).toString());
                }),
        Arguments.of(
            "language", "not-allowed", (Consumer<ObjectNode>) f -> f.put("language", "fr")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("badForms")
  void eachBadFieldIsA400NamingItAndNothingIsStored(
      String field, String code, Consumer<ObjectNode> spoil) throws Exception {
    Patron patron = data.adult();
    ObjectNode form = form("Minh Nguyen");
    spoil.accept(form);
    long ledger = count("SELECT COUNT(*) FROM consent_entry WHERE patron_id = ?", patron.id());

    HttpResponse<String> preview =
        backend.post(base(patron) + "/preview", token(patron), form.toString());
    // The same form signed (a good hash would not help): refused the same way.
    HttpResponse<String> sign =
        backend.post(
            base(patron), token(patron), signature(form, "0".repeat(64), patron).toString());

    for (HttpResponse<String> answer : List.of(preview, sign)) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
      JsonNode problem = JSON.readTree(answer.body());
      assertThat(problem.get("type").asText()).isEqualTo(ProblemType.VALIDATION.uri());
      assertThat(problem.get("errors")).isEqualTo(JSON.valueToTree(Map.of(field, code)));
    }
    assertThat(authorizationsOf(patron)).isZero();
    assertThat(count("SELECT COUNT(*) FROM consent_entry WHERE patron_id = ?", patron.id()))
        .isEqualTo(ledger);
  }

  @Test
  void anUnknownFieldIsAMalformedRequest() throws Exception {
    Patron patron = data.adult();
    ObjectNode form = form("Minh Nguyen");
    form.put("verificationCode", "MINE");
    HttpResponse<String> answer =
        backend.post(base(patron) + "/preview", token(patron), form.toString());
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(answer.body()).get("type").asText())
        .isEqualTo(ProblemType.MALFORMED_REQUEST.uri());
  }

  @Test
  void thePreviewStatesTheFactsInTheLanguageAskedForWithDefaultsAndStoresNothing()
      throws Exception {
    Patron patron = data.adult();
    ObjectNode form = form("Minh Nguyen");
    form.put("includeReadingHistory", true);

    JsonNode english = preview(patron, form);
    form.put("language", "es");
    JsonNode spanish = preview(patron, form);

    assertThat(english.get("validFrom").asText()).isEqualTo(today().toString());
    assertThat(english.get("validUntil").asText()).isEqualTo(today().plusDays(30).toString());
    assertThat(english.get("signerRole").asText()).isEqualTo("SELF");
    assertThat(english.get("endsAtMajority").isNull()).isTrue();
    assertThat(english.get("categories"))
        .isEqualTo(JSON.readTree("[\"loans\",\"loan_history\",\"holds\"]"));
    String text = english.get("text").asText();
    assertThat(text)
        .contains(patron.firstName() + " " + patron.lastName())
        .contains("Minh Nguyen")
        .contains("current loans, reading history and holds")
        .contains("Picking up my holds while I recover.")
        .contains("revoke this authorization at any time")
        .contains("recorded in my access log")
        .contains(backend.profile().name());
    assertThat(english.get("textHash").asText()).isEqualTo(AuthorizationText.sha256(text));
    assertThat(spanish.get("language").asText()).isEqualTo("es");
    assertThat(spanish.get("text").asText())
        .contains("autorizo a Minh Nguyen")
        .contains("préstamos actuales, historial de lectura y reservas")
        .contains("revocar esta autorización en cualquier momento");
    assertThat(authorizationsOf(patron)).isZero();
  }

  @Test
  void aGranteeCardMustBeTheNamedPersonsAndNotTheSigners() throws Exception {
    Patron patron = data.adult();
    Patron grantee = data.adult();
    String granteeName = grantee.firstName() + " " + grantee.lastName();

    ObjectNode matching = form(granteeName.toUpperCase());
    matching.put("granteeCardNumber", data.cardNumber(grantee));
    assertThat(preview(patron, matching).get("text").asText())
        .contains("has a library card and may also see these records");

    ObjectNode otherName = form("Someone Else");
    otherName.put("granteeCardNumber", data.cardNumber(grantee));
    ObjectNode noSuchCard = form(granteeName);
    noSuchCard.put("granteeCardNumber", "99999999999999999");
    ObjectNode ownCard = form(patron.firstName() + " " + patron.lastName());
    ownCard.put("granteeCardNumber", data.cardNumber(patron));

    HttpResponse<String> wrongName =
        backend.post(base(patron) + "/preview", token(patron), otherName.toString());
    HttpResponse<String> unknown =
        backend.post(base(patron) + "/preview", token(patron), noSuchCard.toString());
    HttpResponse<String> self =
        backend.post(base(patron) + "/preview", token(patron), ownCard.toString());

    assertThat(wrongName.statusCode()).isEqualTo(422);
    assertThat(wrongName.body())
        .as("the same whether the card exists or not")
        .isEqualTo(unknown.body());
    assertThat(JSON.readTree(wrongName.body()).get("code").asText())
        .isEqualTo("GRANTEE_NOT_MATCHED");
    assertThat(JSON.readTree(wrongName.body()).get("type").asText())
        .isEqualTo(ProblemType.UNPROCESSABLE.uri());
    assertThat(self.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(self.body()).get("code").asText()).isEqualTo("GRANTEE_IS_SIGNER");
  }

  // ---- signing ----

  @Test
  void aSignatureStoresTheExactTextItsHashTheCategoriesACodeAndALedgerEntry() throws Exception {
    Patron patron = data.adult();
    Patron grantee = data.adult();
    ObjectNode form = form(grantee.firstName() + " " + grantee.lastName());
    form.put("granteeCardNumber", data.cardNumber(grantee));
    JsonNode preview = preview(patron, form);
    ObjectNode body = signature(form, preview.get("textHash").asText(), patron);
    body.put("typedName", "  " + patron.lastName().toLowerCase() + ", " + patron.firstName() + " ");

    HttpResponse<String> answer = backend.post(base(patron), token(patron), body.toString());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    JsonNode created = JSON.readTree(answer.body());
    String id = created.get("id").asText();
    assertThat(answer.headers().firstValue("Location")).contains(base(patron) + "/" + id);
    assertThat(created.get("verificationCode").asText())
        .matches(
            "[" + VerificationCode.ALPHABET + "]{4}(-[" + VerificationCode.ALPHABET + "]{4}){4}");
    assertThat(created.get("categories")).isEqualTo(JSON.readTree("[\"loans\",\"holds\"]"));
    assertThat(
            data.rows(
                "SELECT CONCAT_WS('|', signed_by_role, signed_by_subject, grantee_patron_id, signed_text = ?,"
                    + " content_hash, verification_code, language, signer_typed_name IS NOT NULL,"
                    + " auth_time IS NOT NULL, signed_at IS NOT NULL, grant_entry_id)"
                    + " FROM written_authorization WHERE id = ?",
                preview.get("text").asText(),
                id))
        .containsExactly(
            String.join(
                "|",
                "SELF",
                patron.subject(),
                grantee.id(),
                "1",
                preview.get("textHash").asText(),
                created.get("verificationCode").asText().replace("-", ""),
                "en",
                "1",
                "1",
                "1",
                created.get("consentEntryId").asText()));
    assertThat(
            data.rows(
                "SELECT category FROM written_authorization_category WHERE authorization_id = ?"
                    + " ORDER BY category",
                id))
        .containsExactly("holds", "loans");
    assertThat(
            data.rows(
                "SELECT CONCAT_WS('|', consent, granted, previous, actor_role, actor_subject, channel)"
                    + " FROM consent_entry WHERE id = ?",
                created.get("consentEntryId").asText()))
        .containsExactly("WRITTEN_AUTHORIZATION_GRANT|1|0|SELF|" + patron.subject() + "|PORTAL");
    // The grant's receipt, like any ledger entry's.
    HttpResponse<String> receipt =
        backend.get(
            "/api/v1/patrons/"
                + patron.id()
                + "/consents/ledger/"
                + created.get("consentEntryId").asText()
                + "/receipt.json",
            token(patron));
    assertThat(receipt.statusCode()).isEqualTo(200);

    // The owner reads it back as signed; the grantee can now read the covered categories.
    JsonNode stored = JSON.readTree(backend.get(base(patron) + "/" + id, token(patron)).body());
    assertThat(stored.get("text").asText()).isEqualTo(preview.get("text").asText());
    assertThat(stored.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(stored.get("granteeHasCard").asBoolean()).isTrue();
    assertThat(stored.get("verificationCode").asText())
        .isEqualTo(created.get("verificationCode").asText());
    assertThat(
            backend.get("/api/v1/patrons/" + patron.id() + "/loans", token(grantee)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void anOldOrMissingSignInIsRefusedWith403AndNothingIsStored() throws Exception {
    Patron patron = data.adult();
    ObjectNode form = form("Minh Nguyen");
    String hash = preview(patron, form).get("textHash").asText();
    String body = signature(form, hash, patron).toString();

    for (String stale : List.of(tokenSignedIn(patron, 301L), tokenSignedIn(patron, null))) {
      HttpResponse<String> answer = backend.post(base(patron), stale, body);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
      JsonNode problem = JSON.readTree(answer.body());
      assertThat(problem.get("type").asText())
          .isEqualTo(ProblemType.REAUTHENTICATION_REQUIRED.uri());
      assertThat(problem.get("code").asText()).isEqualTo("SIGN_IN_AGAIN");
    }
    assertThat(authorizationsOf(patron)).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM consent_entry WHERE patron_id = ? AND consent LIKE 'WRITTEN%'",
                patron.id()))
        .isZero();

    // A sign-in of four minutes ago is recent enough.
    assertThat(backend.post(base(patron), tokenSignedIn(patron, 240L), body).statusCode())
        .isEqualTo(201);
  }

  @Test
  void theTypedNameMustBeTheSignersAndTheStatementAccepted() throws Exception {
    Patron patron = data.adult();
    ObjectNode form = form("Minh Nguyen");
    String hash = preview(patron, form).get("textHash").asText();

    ObjectNode wrongName = signature(form, hash, patron);
    wrongName.put("typedName", patron.firstName());
    ObjectNode notAccepted = signature(form, hash, patron);
    notAccepted.put("statementAccepted", false);

    HttpResponse<String> name = backend.post(base(patron), token(patron), wrongName.toString());
    HttpResponse<String> statement =
        backend.post(base(patron), token(patron), notAccepted.toString());

    assertThat(name.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(name.body()).get("errors"))
        .isEqualTo(JSON.valueToTree(Map.of("typedName", "NAME_MISMATCH")));
    assertThat(statement.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(statement.body()).get("errors"))
        .isEqualTo(JSON.valueToTree(Map.of("statementAccepted", "required")));
    assertThat(authorizationsOf(patron)).isZero();
  }

  @Test
  void aTextThatIsNotThePreviewedOneIsAConflict() throws Exception {
    Patron patron = data.adult();
    ObjectNode form = form("Minh Nguyen");
    String hash = preview(patron, form).get("textHash").asText();
    ObjectNode changed = signature(form, hash, patron);
    changed.put("purpose", "Something else than what was previewed.");

    HttpResponse<String> answer = backend.post(base(patron), token(patron), changed.toString());

    assertThat(answer.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(answer.body()).get("code").asText()).isEqualTo("TEXT_CHANGED");
    assertThat(authorizationsOf(patron)).isZero();
  }

  @Test
  void aGuardianSignsForAMinorAndTheAuthorizationEndsAtMajority() throws Exception {
    Patron guardian = data.adult();
    // 18 in 10 days (Calcasieu's age of majority is 18)
    Patron minor = data.patron("Kid", today().minusYears(18).plusDays(10), false);
    data.guardianLink(guardian, minor, true);
    ObjectNode form = form("Minh Nguyen");
    HttpResponse<String> previewAnswer =
        backend.post(base(minor) + "/preview", token(guardian), form.toString());
    assertThat(previewAnswer.statusCode()).as(previewAnswer.body()).isEqualTo(200);
    JsonNode preview = JSON.readTree(previewAnswer.body());

    assertThat(preview.get("signerRole").asText()).isEqualTo("GUARDIAN");
    LocalDate majority = today().plusDays(10);
    assertThat(preview.get("endsAtMajority").asText()).isEqualTo(majority.toString());
    assertThat(preview.get("text").asText())
        .contains(
            "I, "
                + guardian.firstName()
                + " "
                + guardian.lastName()
                + ", as the guardian of "
                + minor.firstName()
                + " "
                + minor.lastName())
        .contains("ends on")
        .contains("access log");

    HttpResponse<String> signed =
        backend.post(
            base(minor),
            token(guardian),
            signature(form, preview.get("textHash").asText(), guardian).toString());
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
    String id = JSON.readTree(signed.body()).get("id").asText();
    assertThat(
            data.rows(
                "SELECT CONCAT_WS('|', signed_by_role, signed_by_subject, guardian_patron_id)"
                    + " FROM written_authorization WHERE id = ?",
                id))
        .containsExactly("GUARDIAN|" + guardian.subject() + "|" + guardian.id());
    JsonNode stored = JSON.readTree(backend.get(base(minor) + "/" + id, token(guardian)).body());
    assertThat(stored.get("endsAtMajority").asText()).isEqualTo(majority.toString());
    assertThat(stored.get("signerRole").asText()).isEqualTo("GUARDIAN");
    JsonNode row =
        JSON.readTree(
                backend
                    .get("/api/v1/patrons/" + minor.id() + "/authorizations", token(guardian))
                    .body())
            .get("items")
            .get(0);
    assertThat(row.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(row.get("endsAtMajority").asText()).isEqualTo(majority.toString());

    // Typed by the guardian: the minor's name is not the signer's.
    ObjectNode minorsName = signature(form, preview.get("textHash").asText(), minor);
    assertThat(backend.post(base(minor), token(guardian), minorsName.toString()).statusCode())
        .isEqualTo(400);
  }

  @Test
  void someoneElsesPatronAndSomeoneElsesAuthorizationAre404LikeUnknownOnes() throws Exception {
    Patron patron = data.adult();
    Patron stranger = data.adult();
    ObjectNode form = form("Minh Nguyen");
    JsonNode preview = preview(patron, form);
    String id =
        JSON.readTree(
                backend
                    .post(
                        base(patron),
                        token(patron),
                        signature(form, preview.get("textHash").asText(), patron).toString())
                    .body())
            .get("id")
            .asText();
    String missing =
        backend.get("/api/v1/patrons/" + TestData.newId() + "/loans", token(stranger)).body();

    List<HttpResponse<String>> refused =
        List.of(
            backend.post(base(patron) + "/preview", token(stranger), form.toString()),
            backend.post(
                base(patron),
                token(stranger),
                signature(form, preview.get("textHash").asText(), stranger).toString()),
            backend.get(base(patron) + "/" + id, token(stranger)),
            backend.get(base(patron) + "/" + id + "/document.pdf", token(stranger)),
            backend.post(base(patron) + "/" + id + "/revocation", token(stranger), ""),
            backend.get(base(stranger) + "/" + id, token(stranger)),
            backend.get(base(patron) + "/" + TestData.newId(), token(patron)),
            backend.get(base(patron) + "/not-an-id", token(patron)));
    for (HttpResponse<String> answer : refused) {
      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.body()).isEqualTo(missing);
    }
    assertThat(authorizationsOf(patron)).isEqualTo(1);
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteASignedAuthorization() throws Exception {
    Patron patron = data.adult();
    ObjectNode form = form("Minh Nguyen");
    JsonNode preview = preview(patron, form);
    String id =
        JSON.readTree(
                backend
                    .post(
                        base(patron),
                        token(patron),
                        signature(form, preview.get("textHash").asText(), patron).toString())
                    .body())
            .get("id")
            .asText();

    for (String change :
        List.of(
            "UPDATE written_authorization SET signed_text = 'something else' WHERE id = '"
                + id
                + "'",
            "UPDATE written_authorization SET valid_until = valid_until + INTERVAL 1 YEAR WHERE id = '"
                + id
                + "'",
            "UPDATE written_authorization SET revoked_at = NOW(6), grantee_name = 'X Y' WHERE id = '"
                + id
                + "'",
            "DELETE FROM written_authorization WHERE id = '" + id + "'",
            "UPDATE written_authorization_category SET category = 'fines' WHERE authorization_id = '"
                + id
                + "'",
            "DELETE FROM written_authorization_category WHERE authorization_id = '" + id + "'")) {
      assertThatThrownBy(() -> sql(change)).as(change).hasMessageContaining("immutable");
    }
    // The one change allowed: its revocation, once.
    sql("UPDATE written_authorization SET revoked_at = NOW(6) WHERE id = '" + id + "'");
    assertThatThrownBy(
            () ->
                sql(
                    "UPDATE written_authorization SET revoked_at = NOW(6) + INTERVAL 1 DAY WHERE id = '"
                        + id
                        + "'"))
        .hasMessageContaining("immutable");
    assertThat(
            data.rows("SELECT signed_text FROM written_authorization WHERE id = ?", id).getFirst())
        .isEqualTo(preview.get("text").asText());
  }

  @Test
  void revocationIsRecordedOnceWithItsLedgerEntryAndEndsTheGranteesAccessAtOnce() throws Exception {
    Patron patron = data.adult();
    Patron grantee = data.adult();
    ObjectNode form = form(grantee.firstName() + " " + grantee.lastName());
    form.put("granteeCardNumber", data.cardNumber(grantee));
    JsonNode preview = preview(patron, form);
    String id =
        JSON.readTree(
                backend
                    .post(
                        base(patron),
                        token(patron),
                        signature(form, preview.get("textHash").asText(), patron).toString())
                    .body())
            .get("id")
            .asText();
    String loans = "/api/v1/patrons/" + patron.id() + "/loans";
    assertThat(backend.get(loans, token(grantee)).statusCode()).isEqualTo(200);

    HttpResponse<String> revoked =
        backend.post(base(patron) + "/" + id + "/revocation", token(patron), "");
    HttpResponse<String> again =
        backend.post(base(patron) + "/" + id + "/revocation", token(patron), "");

    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    JsonNode revocation = JSON.readTree(revoked.body());
    assertThat(revocation.get("id").asText()).isEqualTo(id);
    assertThat(
            data.rows(
                "SELECT CONCAT_WS('|', consent, granted, previous, actor_role)"
                    + " FROM consent_entry WHERE id = ?",
                revocation.get("consentEntryId").asText()))
        .containsExactly("WRITTEN_AUTHORIZATION_REVOKE|0|1|SELF");
    assertThat(
            data.rows(
                "SELECT CONCAT_WS('|', revoked_by_role, revoked_by_subject, revoke_entry_id)"
                    + " FROM written_authorization WHERE id = ?",
                id))
        .containsExactly(
            "SELF|" + patron.subject() + "|" + revocation.get("consentEntryId").asText());
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).get("code").asText()).isEqualTo("ALREADY_REVOKED");
    assertThat(backend.get(loans, token(grantee)).statusCode()).isEqualTo(404);
    assertThat(
            JSON.readTree(backend.get(base(patron) + "/" + id, token(patron)).body())
                .get("status")
                .asText())
        .isEqualTo("REVOKED");
    // The list (the authorizations category) says so too, without the text or the code.
    JsonNode row =
        JSON.readTree(
                backend
                    .get("/api/v1/patrons/" + patron.id() + "/authorizations", token(patron))
                    .body())
            .get("items")
            .get(0);
    assertThat(row.get("id").asText()).isEqualTo(id);
    assertThat(row.get("status").asText()).isEqualTo("REVOKED");
    assertThat(row.has("text")).isFalse();
    assertThat(row.has("verificationCode")).isFalse();
  }

  private void sql(String statement) throws SQLException {
    try (Connection connection = backend.dataSource().getConnection();
        Statement s = connection.createStatement()) {
      s.execute(statement);
    }
  }
}
