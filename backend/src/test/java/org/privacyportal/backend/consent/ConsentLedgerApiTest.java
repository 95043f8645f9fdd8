package org.privacyportal.backend.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.backend.support.ContractValidator;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * The consent ledger view, its receipts (JSON and PDF), and the ledger's immutability in the
 * database.
 */
class ConsentLedgerApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String READING_HISTORY = "/consents/reading-history";

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  private String token(Patron patron) {
    return backend.tokens().accessToken(patron.subject());
  }

  private static String ledger(Patron patron) {
    return "/api/v1/patrons/" + patron.id() + "/consents/ledger";
  }

  private Patron adult() {
    return data.patron("Rae", LocalDate.now().minusYears(40), true);
  }

  @Test
  void theLedgerListsEveryChangeNewestFirstWithWhoActedAndPages() throws Exception {
    Patron patron = adult();
    backend.put(
        "/api/v1/patrons/" + patron.id() + READING_HISTORY, token(patron), "{\"enabled\":true}");
    backend.put(
        "/api/v1/patrons/" + patron.id() + READING_HISTORY, token(patron), "{\"enabled\":false}");
    backend.put(
        "/api/v1/patrons/" + patron.id() + READING_HISTORY, token(patron), "{\"enabled\":true}");

    JsonNode page = JSON.readTree(backend.get(ledger(patron) + "?size=2", token(patron)).body());

    assertThat(page.get("viewer").asText()).isEqualTo("SELF");
    assertThat(page.get("total").asLong()).isEqualTo(3);
    assertThat(page.get("items")).hasSize(2);
    JsonNode newest = page.get("items").get(0);
    assertThat(newest.get("consent").asText()).isEqualTo("READING_HISTORY");
    assertThat(newest.get("previous").asBoolean()).isFalse();
    assertThat(newest.get("granted").asBoolean()).isTrue();
    assertThat(newest.get("actorRole").asText()).isEqualTo("SELF");
    assertThat(newest.get("byYou").asBoolean()).isTrue();
    assertThat(newest.get("actorName").isNull()).isTrue();
    assertThat(newest.get("channel").asText()).isEqualTo("PORTAL");
    assertThat(newest.get("policyVersion").asText()).isEqualTo(backend.profile().policyVersion());
    assertThat(newest.has("actorSubject")).isFalse();
    assertThat(page.get("items").get(1).get("granted").asBoolean()).isFalse();
    JsonNode second =
        JSON.readTree(backend.get(ledger(patron) + "?size=2&page=1", token(patron)).body());
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("previous").asBoolean()).isFalse();
    assertThat(backend.get(ledger(patron) + "?size=0", token(patron)).statusCode()).isEqualTo(400);
  }

  @Test
  void aReceiptHasTheKantaraFieldsAndTheChangeForTheSelfEntry() throws Exception {
    Patron patron = adult();
    backend.put(
        "/api/v1/patrons/" + patron.id() + READING_HISTORY, token(patron), "{\"enabled\":true}");
    JsonNode entry = firstEntry(patron, token(patron));

    HttpResponse<String> response = backend.get(receipt(patron, entry, "json"), token(patron));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment")
        .contains("consent-receipt-" + entry.get("id").asText() + ".json");
    JsonNode receipt = JSON.readTree(response.body());
    assertThat(receipt.get("version").asText()).isEqualTo("KI-CR-v1.1.0");
    assertThat(receipt.get("jurisdiction").asText()).isEqualTo("US-LA");
    assertThat(receipt.get("consentTimestamp").asLong())
        .isEqualTo(java.time.Instant.parse(entry.get("recordedAt").asText()).getEpochSecond());
    assertThat(receipt.get("collectionMethod").asText()).containsIgnoringCase("portal");
    assertThat(receipt.get("consentReceiptID").asText()).isEqualTo(entry.get("id").asText());
    assertThat(receipt.get("language").asText()).isEqualTo("en");
    assertThat(receipt.get("piiPrincipalId").asText()).isEqualTo(cardNumber(patron));
    JsonNode controller = receipt.get("piiControllers").get(0);
    assertThat(controller.get("piiController").asText())
        .isEqualTo("Calcasieu Parish Public Library");
    for (String field : List.of("contact", "address", "email", "phone", "piiControllerUrl")) {
      assertThat(controller.get(field).asText()).as(field).isNotBlank();
    }
    assertThat(receipt.get("policyUrl").asText()).startsWith("https://");
    JsonNode service = receipt.get("services").get(0);
    assertThat(service.get("service").asText()).isEqualTo("Reading history");
    JsonNode purpose = service.get("purposes").get(0);
    assertThat(purpose.get("purpose").asText()).isNotBlank();
    assertThat(purpose.get("purposeCategory")).isNotEmpty();
    assertThat(purpose.get("consentType").asText()).isEqualTo("EXPLICIT");
    assertThat(purpose.get("piiCategory")).isNotEmpty();
    assertThat(purpose.get("primaryPurpose").isBoolean()).isTrue();
    assertThat(purpose.get("termination").asText()).contains("turn reading history off");
    assertThat(purpose.get("thirdPartyDisclosure").asBoolean()).isFalse();
    assertThat(receipt.get("sensitive").asBoolean()).isTrue();
    assertThat(receipt.get("spiCat").get(0).asText()).contains("R.S. 44:13");
    JsonNode change = receipt.get("consentChange");
    assertThat(change.get("consent").asText()).isEqualTo("READING_HISTORY");
    assertThat(change.get("previousState").asText()).isEqualTo("NOT_GRANTED");
    assertThat(change.get("newState").asText()).isEqualTo("GRANTED");
    assertThat(change.get("actor").get("role").asText()).isEqualTo("SELF");
    assertThat(change.get("actor").has("name")).isFalse();
    assertThat(change.get("channel").asText()).isEqualTo("PORTAL");
    assertThat(change.get("policyVersion").asText()).isEqualTo(backend.profile().policyVersion());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"calcasieu", "lawrence"})
  void aGuardiansEntryNamesTheGuardianInTheLedgerTheReceiptAndThePdf(String profileId)
      throws Exception {
    TestBackend library = TestBackend.forProfile(profileId);
    Patron guardian = data.patron("Grace", LocalDate.now().minusYears(40), true);
    Patron minor = data.patron("Kit", LocalDate.now().minusYears(10), true);
    data.guardianLink(guardian, minor, true);
    library.put(
        "/api/v1/patrons/" + minor.id() + READING_HISTORY, token(guardian), "{\"enabled\":true}");
    long seq = data.lastAccessLogSeq();

    JsonNode asGuardian = JSON.readTree(library.get(ledger(minor), token(guardian)).body());
    JsonNode asMinor = JSON.readTree(library.get(ledger(minor), token(minor)).body());

    assertThat(asGuardian.get("viewer").asText()).isEqualTo("GUARDIAN");
    JsonNode entry = asGuardian.get("items").get(0);
    assertThat(entry.get("actorRole").asText()).isEqualTo("GUARDIAN");
    assertThat(entry.get("actorName").asText()).isEqualTo("Grace " + guardian.lastName());
    assertThat(entry.get("byYou").asBoolean()).isTrue();
    assertThat(asMinor.get("viewer").asText()).isEqualTo("SELF");
    assertThat(asMinor.get("items").get(0).get("byYou").asBoolean()).isFalse();
    assertThat(asMinor.get("items").get(0).get("actorName").asText())
        .isEqualTo("Grace " + guardian.lastName());

    JsonNode receipt =
        JSON.readTree(library.get(receipt(minor, entry, "json"), token(guardian)).body());
    assertThat(receipt.get("jurisdiction").asText())
        .isEqualTo("calcasieu".equals(profileId) ? "US-LA" : "US-KS");
    assertThat(receipt.get("piiControllers").get(0).get("piiController").asText())
        .isEqualTo(library.profile().name());
    assertThat(receipt.get("piiPrincipalId").asText()).isEqualTo(cardNumber(minor));
    assertThat(receipt.get("consentChange").get("actor").get("role").asText())
        .isEqualTo("GUARDIAN");
    assertThat(receipt.get("consentChange").get("actor").get("name").asText())
        .isEqualTo("Grace " + guardian.lastName());

    HttpResponse<byte[]> pdf = bytes(library, receipt(minor, entry, "pdf"), token(guardian));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    // kept for a look (pdftoppm): the build's output folder
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "consent-receipt-" + profileId + ".pdf"), pdf.body());
    String text = text(pdf.body());
    assertThat(text)
        .contains(
            "Consent receipt",
            "Reading history",
            "Guardian: Grace " + guardian.lastName(),
            library.profile().name(),
            entry.get("id").asText(),
            cardNumber(minor),
            library.profile().policyVersion(),
            "Off (not given)",
            "On (given)",
            "KI-CR-v1.1.0");

    // each of the guardian's reads is written to the minor's access log
    assertThat(data.accessLogAfter(seq))
        .filteredOn(row -> row.patronId().equals(minor.id()))
        .extracting(TestData.LogRow::ground)
        .containsOnly("GUARDIAN")
        .hasSize(3);
  }

  @Test
  void aSpanishReceiptSaysEverythingInSpanishUnderTheKantaraFieldNames() throws Exception {
    Patron patron = adult();
    backend.put(
        "/api/v1/patrons/" + patron.id() + READING_HISTORY, token(patron), "{\"enabled\":true}");
    JsonNode entry = firstEntry(patron, token(patron));

    HttpResponse<String> response =
        backend.get(receipt(patron, entry, "json") + "?language=es", token(patron));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode spanish = JSON.readTree(response.body());
    JsonNode english =
        JSON.readTree(backend.get(receipt(patron, entry, "json"), token(patron)).body());
    assertThat(spanish.get("language").asText()).isEqualTo("es");
    assertThat(fieldNames(spanish)).isEqualTo(fieldNames(english));
    assertThat(spanish.get("collectionMethod").asText())
        .isEqualTo("En línea, en el portal de usuarios");
    JsonNode service = spanish.get("services").get(0);
    assertThat(service.get("service").asText()).isEqualTo("Historial de lectura");
    JsonNode purpose = service.get("purposes").get(0);
    assertThat(purpose.get("purpose").asText())
        .startsWith("Guardar la lista de los documentos que usted devolvió");
    assertThat(purpose.get("purposeCategory").get(0).asText())
        .isEqualTo("Servicio que pidió el usuario");
    assertThat(purpose.get("piiCategory").get(0).asText())
        .isEqualTo("Títulos prestados y devueltos");
    assertThat(purpose.get("termination").asText()).contains("desactive el historial de lectura");
    assertThat(spanish.get("spiCat").get(0).asText())
        .contains("confidenciales según")
        .contains("R.S. 44:13");
    // codes are not words: the same in every language
    assertThat(purpose.get("consentType").asText()).isEqualTo("EXPLICIT");
    assertThat(spanish.get("consentChange")).isEqualTo(english.get("consentChange"));
    assertThat(spanish.get("piiControllers")).isEqualTo(english.get("piiControllers"));

    HttpResponse<byte[]> pdf =
        bytes(backend, receipt(patron, entry, "pdf") + "?language=es", token(patron));
    assertThat(pdf.statusCode()).isEqualTo(200);
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "consent-receipt-es.pdf"), pdf.body());
    String when =
        java.time.format.DateTimeFormatter.ofPattern(
                "d 'de' MMMM 'de' yyyy, H:mm", java.util.Locale.forLanguageTag("es"))
            .format(
                java.time.Instant.parse(entry.get("recordedAt").asText())
                    .atZone(backend.profile().timeZone()));
    String text = text(pdf.body());
    assertThat(text)
        .contains(
            "Comprobante de consentimiento",
            "Qué cambió",
            "Finalidad",
            "Historial de lectura",
            "Desactivado (consentimiento no dado)",
            "Activado (consentimiento dado)",
            "Cuándo",
            when,
            "El titular de la cuenta",
            "En línea, en el portal de usuarios",
            "Responsable del tratamiento",
            "Compartido con terceros",
            "Sí: Registros de la biblioteca",
            "Tarjeta de la biblioteca",
            cardNumber(patron),
            "Comprobante de consentimiento de Kantara Initiative",
            "Página 1 de 1");
    assertThat(text).doesNotContain("What changed", "On (given)", "The patron", "Page 1");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
      assertThat(document.getDocumentInformation().getTitle())
          .startsWith("Comprobante de consentimiento");
    }
  }

  @Test
  void englishIsTheDefaultAndTheSameAsAskingForIt() throws Exception {
    Patron patron = adult();
    backend.put(
        "/api/v1/patrons/" + patron.id() + READING_HISTORY, token(patron), "{\"enabled\":true}");
    JsonNode entry = firstEntry(patron, token(patron));

    String asked =
        backend.get(receipt(patron, entry, "json") + "?language=en", token(patron)).body();
    String implied = backend.get(receipt(patron, entry, "json"), token(patron)).body();

    assertThat(asked).isEqualTo(implied);
    JsonNode receipt = JSON.readTree(asked);
    assertThat(receipt.get("language").asText()).isEqualTo("en");
    assertThat(receipt.get("collectionMethod").asText()).isEqualTo("Online, in the patron portal");
    String pdf =
        text(bytes(backend, receipt(patron, entry, "pdf") + "?language=en", token(patron)).body());
    assertThat(pdf)
        .contains("Consent receipt", "What changed", "On (given)", "The patron", "Page 1 of 1")
        .doesNotContain("Comprobante");
  }

  @ParameterizedTest(name = "language={0}")
  @ValueSource(strings = {"fr", "ES", "", "en-US"})
  void anyOtherLanguageIsA400NamingTheParameterAndWritesNothing(String language) throws Exception {
    Patron guardian = data.patron("Gale", LocalDate.now().minusYears(40), true);
    Patron minor = data.patron("Kim", LocalDate.now().minusYears(10), true);
    data.guardianLink(guardian, minor, true);
    backend.put(
        "/api/v1/patrons/" + minor.id() + READING_HISTORY, token(guardian), "{\"enabled\":true}");
    JsonNode entry = firstEntry(minor, token(guardian));
    long seq = data.lastAccessLogSeq();

    for (String kind : List.of("json", "pdf")) {
      HttpResponse<String> refused =
          backend.get(receipt(minor, entry, kind) + "?language=" + language, token(guardian));

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(JSON.readTree(refused.body()).get("detail").asText())
          .contains("'language'")
          .contains("\"en\" or \"es\"");
    }
    // refused before the entry is read: the guardian's reading is not logged (a good one would be)
    assertThat(data.accessLogAfter(seq))
        .filteredOn(row -> row.patronId().equals(minor.id()))
        .isEmpty();
    assertThat(
            backend
                .get(receipt(minor, entry, "json") + "?language=es", token(guardian))
                .statusCode())
        .isEqualTo(200);
    assertThat(data.accessLogAfter(seq))
        .filteredOn(row -> row.patronId().equals(minor.id()))
        .hasSize(1);
  }

  @Test
  void anyoneElseAndAnotherPatronsEntryGetTheSame404AsForNobody() throws Exception {
    Patron patron = adult();
    Patron other = adult();
    Patron stranger = adult();
    backend.put(
        "/api/v1/patrons/" + patron.id() + READING_HISTORY, token(patron), "{\"enabled\":true}");
    backend.put(
        "/api/v1/patrons/" + other.id() + READING_HISTORY, token(other), "{\"enabled\":true}");
    JsonNode entry = firstEntry(patron, token(patron));
    JsonNode othersEntry = firstEntry(other, token(other));
    String staff = backend.tokens().accessToken(TestData.newId(), "staff");
    String ticket = data.ticket(patron, "OPEN");
    String nobody =
        backend.get("/api/v1/patrons/" + TestData.newId() + "/loans", token(stranger)).body();

    List<HttpResponse<String>> refused = new ArrayList<>();
    for (String kind : List.of("json", "pdf")) {
      refused.add(backend.get(receipt(patron, entry, kind), token(stranger)));
      refused.add(backend.get(receipt(patron, entry, kind) + "?ticket=" + ticket, staff));
      refused.add(
          backend.get(
              receipt(patron, othersEntry, kind), token(patron))); // not this patron's entry
      refused.add(
          backend.get(ledger(patron) + "/" + TestData.newId() + "/receipt." + kind, token(patron)));
      refused.add(backend.get(ledger(patron) + "/not-an-id/receipt." + kind, token(patron)));
    }
    refused.add(backend.get(ledger(patron), token(stranger)));
    refused.add(backend.get(ledger(patron) + "?ticket=" + ticket, staff));
    refused.add(
        backend.get("/api/v1/patrons/" + TestData.newId() + "/consents/ledger", token(stranger)));
    for (HttpResponse<String> response : refused) {
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).isEqualTo(nobody);
    }
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteALedgerEntry() throws Exception {
    Patron patron = adult();
    backend.put(
        "/api/v1/patrons/" + patron.id() + READING_HISTORY, token(patron), "{\"enabled\":true}");
    String id = firstEntry(patron, token(patron)).get("id").asText();

    for (String sql :
        List.of(
            "UPDATE consent_entry SET granted = FALSE WHERE id = '" + id + "'",
            "UPDATE consent_entry SET policy_version = 'x' WHERE patron_id = '" + patron.id() + "'",
            "DELETE FROM consent_entry WHERE id = '" + id + "'")) {
      assertThatThrownBy(() -> execute(sql))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
    JsonNode still = firstEntry(patron, token(patron));
    assertThat(still.get("id").asText()).isEqualTo(id);
    assertThat(still.get("granted").asBoolean()).isTrue();
    assertThat(still.get("policyVersion").asText()).isEqualTo(backend.profile().policyVersion());
  }

  /** Every field name of a JSON tree, with its path: what a program reading receipts relies on. */
  private static java.util.SortedSet<String> fieldNames(JsonNode node) {
    java.util.SortedSet<String> names = new java.util.TreeSet<>();
    collect(node, "", names);
    return names;
  }

  private static void collect(JsonNode node, String path, java.util.Set<String> names) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              field -> {
                names.add(path + "/" + field.getKey());
                collect(field.getValue(), path + "/" + field.getKey(), names);
              });
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, path + "[]", names));
    }
  }

  private JsonNode firstEntry(Patron patron, String token) throws IOException {
    HttpResponse<String> response = backend.get(ledger(patron), token);
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body()).get("items").get(0);
  }

  private static String receipt(Patron patron, JsonNode entry, String kind) {
    return ledger(patron) + "/" + entry.get("id").asText() + "/receipt." + kind;
  }

  private static HttpResponse<byte[]> bytes(TestBackend backend, String path, String token)
      throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(backend.uri(path))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    ContractValidator.get().check(response);
    return response;
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = backend.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private String cardNumber(Patron patron) {
    try (Connection connection = backend.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT card_number FROM patron WHERE id = ?")) {
      statement.setString(1, patron.id());
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
