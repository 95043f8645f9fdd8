package org.privacyportal.systemtests.export;

import static com.codeborne.selenide.Condition.attribute;
import static com.codeborne.selenide.Condition.matchText;
import static com.codeborne.selenide.Condition.text;
import static com.codeborne.selenide.Condition.visible;
import static com.codeborne.selenide.Selenide.$;
import static org.assertj.core.api.Assertions.assertThat;

import com.codeborne.selenide.Selenide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.systemtests.support.Browser;
import org.privacyportal.systemtests.support.BrowserTest;
import org.privacyportal.systemtests.support.DemoUsers;

/**
 * "Download all my data" through the real login: the demo patron prepares the archive, follows its
 * progress, downloads it, and the zip holds every category as JSON, the PDF and the manifest.
 */
@BrowserTest
class ExportBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CATEGORIES =
      List.of(
          "profile",
          "loans",
          "loan_history",
          "holds",
          "fines",
          "online_services",
          "reference",
          "events",
          "consents",
          "authorizations",
          "tickets",
          "access_log");

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE, Browser.DESKTOP})
  void patronPreparesFollowsAndDownloadsTheirArchive(String windowSize) throws Exception {
    Browser.open(windowSize, "en-US");
    Browser.visit("/account");
    Browser.signInAtKeycloak(DemoUsers.PATRON);

    $("#link-my-data").shouldBe(visible).click();
    $("h1").shouldHave(text("Download all my data"));
    $("#export-contents").shouldHave(text("JSON"), text("PDF"), text("manifest.json"));
    $("#export-status").shouldHave(attribute("role", "status"));
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();

    $("#export-start").click();
    // the start answers with the first progress ("Gathering …") or, for a short history, ready at
    // once
    $("#export-progress")
        .shouldHave(matchText("(?s).*(Gathering .+ of 12 categories|Writing the PDF|ready).*"));
    Selenide.screenshot("export-progress-" + windowSize);
    $("#export-download").shouldBe(visible, Duration.ofSeconds(90));
    $("#export-progress")
        .shouldHave(matchText("Your archive is ready: [\\d,]+ records in 12 categories\\."));
    Selenide.screenshot("export-ready-" + windowSize);
    Browser.waitForVaadin();
    assertThat(Browser.hasHorizontalScroll()).as("horizontal scroll at " + windowSize).isFalse();
    Browser.assertNoAccessibilityViolations();

    File zip = $("#export-download").download();
    assertThat(zip.getName()).matches("my-data-\\d{4}-\\d{2}-\\d{2}\\.zip");
    try (ZipFile archive = new ZipFile(zip)) {
      List<String> names = new ArrayList<>();
      Collections.list(archive.entries()).forEach(entry -> names.add(entry.getName()));
      List<String> expected = new ArrayList<>(CATEGORIES.stream().map(c -> c + ".json").toList());
      expected.add("my-data.pdf");
      expected.add("manifest.json");
      assertThat(names).containsExactlyInAnyOrderElementsOf(expected);

      JsonNode manifest = JSON.readTree(archive.getInputStream(archive.getEntry("manifest.json")));
      assertThat(manifest.get("requestedBy").asText()).isEqualTo("SELF");
      assertThat(manifest.get("categories")).hasSize(12);
      for (JsonNode category : manifest.get("categories")) {
        JsonNode rows =
            JSON.readTree(archive.getInputStream(archive.getEntry(category.get("file").asText())));
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size())
            .as(category.get("category").asText())
            .isEqualTo(category.get("count").asInt());
      }
      assertThat(JSON.readTree(archive.getInputStream(archive.getEntry("profile.json"))))
          .hasSize(1);
      assertThat(
              JSON.readTree(archive.getInputStream(archive.getEntry("loan_history.json"))).size())
          .isPositive();
      ZipEntry pdf = archive.getEntry("my-data.pdf");
      byte[] head = archive.getInputStream(pdf).readNBytes(5);
      assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
    // downloaded once: the page keeps offering a new archive
    $("#export-start").shouldHave(text("Prepare a new archive"));
  }

  @ParameterizedTest
  @ValueSource(strings = {Browser.PHONE})
  void theSpanishPageExplainsAndPreparesInSpanish(String windowSize) {
    Browser.open(windowSize, "es-ES");
    Browser.visit("/my-data");
    Browser.signInAtKeycloak(DemoUsers.PATRON);

    $("h1").shouldHave(text("Descargar todos mis datos"));
    assertThat(Browser.pageLanguage()).isEqualTo("es");
    $("#export-start").shouldHave(text("Preparar mi archivo")).click();
    $("#export-download")
        .shouldBe(visible, Duration.ofSeconds(90))
        .shouldHave(text("Descargar el archivo"));
    $("#export-progress").shouldHave(text("Su archivo está listo"));
    Browser.assertNoAccessibilityViolations();
  }
}
