package org.privacyportal.systemtests.consent;

import static com.codeborne.selenide.CollectionCondition.sizeGreaterThanOrEqual;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static com.codeborne.selenide.Selenide.$$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.codeborne.selenide.SelenideElement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;

/**
 * The consent ledger through the real sign-in: the demo patron's entries as cards (her reading
 * history from the old system, her text-message and access-alert opt-ins, her policy acceptance),
 * and a receipt downloaded as JSON with the Kantara fields. Reads only: other tests may add entries
 * (newest first), so the checks look for the demo's own entries rather than at fixed positions.
 */
@BrowserTest
class ConsentLedgerBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
  void theLedgerShowsEachChangeAndItsReceiptDownloads(String windowSize) throws Exception {
    Browser.open(windowSize, "en-US");
    Browser.visit("/consents");
    Browser.signInAtKeycloak(DemoUsers.PATRON);

    $("h1").shouldHave(text("My consents and receipts"));
    $$("#consents-list .consents-entry").shouldHave(sizeGreaterThanOrEqual(4));
    $("#consents-position").shouldHave(text("Page 1 of"));
    // the demo's own entries: her policy acceptance, her reading history brought over from the old
    // system; newest first, so other tests' changes may have pushed them to a later page
    onSomePage(text("Not accepted → Accepted"))
        .shouldHave(text("Online, in this portal"), text("You"), text("2024-09-01"));
    SelenideElement readingHistory =
        onSomePage(text("The library's system"))
            .shouldHave(
                text("Reading history"),
                text("Off → On"),
                text("Imported from the library's circulation system"));
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();
    Selenide.screenshot("consent-ledger-" + windowSize);

    String entryId = readingHistory.getAttribute("data-entry");
    File json = readingHistory.$("a[id^=receipt-json-]").shouldBe(visible).download();

    assertThat(json.getName()).isEqualTo("consent-receipt-" + entryId + ".json");
    JsonNode receipt = JSON.readTree(json);
    assertThat(receipt.get("version").asText()).isEqualTo("KI-CR-v1.1.0");
    assertThat(receipt.get("consentReceiptID").asText()).isEqualTo(entryId);
    assertThat(receipt.get("jurisdiction").asText()).isEqualTo("US-LA");
    assertThat(receipt.get("piiControllers").get(0).get("piiController").asText())
        .isEqualTo("Calcasieu Parish Public Library");
    assertThat(receipt.get("services").get(0).get("service").asText()).isEqualTo("Reading history");
    assertThat(receipt.get("consentChange").get("newState").asText()).isEqualTo("GRANTED");
    assertThat(receipt.get("consentChange").get("actor").get("role").asText()).isEqualTo("SYSTEM");

    File pdf = readingHistory.$("a[id^=receipt-pdf-]").shouldBe(visible).download();
    assertThat(pdf.getName()).isEqualTo("consent-receipt-" + entryId + ".pdf");
    byte[] head = new byte[5];
    try (var in = new java.io.FileInputStream(pdf)) {
      assertThat(in.read(head)).isEqualTo(5);
    }
    assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  /**
   * A Spanish reader's receipts are in Spanish: the JSON's prose and its "language", and the PDF's
   * words. The field names stay the Kantara ones.
   */
  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE})
  void aSpanishReaderDownloadsTheReceiptInSpanish(String windowSize) throws Exception {
    Browser.open(windowSize, "es-ES");
    Browser.visit("/consents");
    Browser.signInAtKeycloak(DemoUsers.PATRON);

    $("h1").shouldHave(text("Mis consentimientos y comprobantes"));
    SelenideElement readingHistory =
        onSomePage(text("El sistema de la biblioteca"))
            .shouldHave(text("Historial de lectura"), text("Desactivado → Activado"));
    readingHistory.scrollIntoView("{block: \"center\"}");
    Selenide.screenshot("consent-ledger-es-" + windowSize);
    String entryId = readingHistory.getAttribute("data-entry");

    JsonNode receipt =
        JSON.readTree(readingHistory.$("a[id^=receipt-json-]").shouldBe(visible).download());
    assertThat(receipt.get("consentReceiptID").asText()).isEqualTo(entryId);
    assertThat(receipt.get("language").asText()).isEqualTo("es");
    assertThat(receipt.get("collectionMethod").asText())
        .isEqualTo("Traído del sistema de circulación de la biblioteca");
    JsonNode service = receipt.get("services").get(0);
    assertThat(service.get("service").asText()).isEqualTo("Historial de lectura");
    assertThat(service.get("purposes").get(0).get("termination").asText())
        .startsWith("Hasta que desactive el historial de lectura");
    assertThat(receipt.get("consentChange").get("newState").asText()).isEqualTo("GRANTED");

    File pdf = readingHistory.$("a[id^=receipt-pdf-]").shouldBe(visible).download();
    String words = pdfText(pdf);
    assertThat(words)
        .contains(
            "Comprobante de consentimiento",
            "Finalidad",
            "Historial de lectura",
            "Tarjeta de la biblioteca",
            "/Lang (es)")
        .doesNotContain("Consent receipt", "What changed");
    Browser.assertNoAccessibilityViolations();
  }

  /**
   * The PDF's text as far as a test needs it without a PDF library: its streams inflated (page
   * content and object streams) and read as Latin-1. Words with accents are written in hex, so
   * tests look for plain-ASCII words.
   */
  private static String pdfText(File pdf) throws java.io.IOException {
    byte[] bytes = java.nio.file.Files.readAllBytes(pdf.toPath());
    String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("%PDF-");
    StringBuilder text = new StringBuilder(raw);
    var stream = java.util.regex.Pattern.compile("stream\\r?\\n").matcher(raw);
    while (stream.find()) {
      int end = raw.indexOf("endstream", stream.end());
      if (end < 0) {
        break;
      }
      var inflater = new java.util.zip.Inflater();
      inflater.setInput(bytes, stream.end(), end - stream.end());
      var out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        while (!inflater.finished()) {
          int n = inflater.inflate(buffer);
          if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            break;
          }
          out.write(buffer, 0, n);
        }
      } catch (java.util.zip.DataFormatException notFlate) {
        // not a compressed stream (an image, a font): nothing to read
      } finally {
        inflater.end();
      }
      text.append(out.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    return text.toString();
  }

  /**
   * The first entry matching {@code condition}, paging forward from the first page until it shows.
   */
  private SelenideElement onSomePage(com.codeborne.selenide.WebElementCondition condition) {
    Browser.visit("/consents");
    while (true) {
      $$("#consents-list .consents-entry").shouldHave(sizeGreaterThanOrEqual(1));
      var found = $$("#consents-list .consents-entry").filterBy(condition);
      if (!found.isEmpty()) {
        return found.first().shouldBe(visible);
      }
      // vaadin-button marks a disabled button with the attribute
      assertThat($("#consents-next").has(com.codeborne.selenide.Condition.attribute("disabled")))
          .as("an entry with %s on some page of the ledger", condition)
          .isFalse();
      String position = $("#consents-position").getText();
      $("#consents-next").click();
      $("#consents-position").shouldNotHave(com.codeborne.selenide.Condition.exactText(position));
    }
  }
}
