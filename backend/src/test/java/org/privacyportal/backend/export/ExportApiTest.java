package org.privacyportal.backend.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyportal.backend.export.ExportTestSupport.JSON;
import static org.privacyportal.backend.export.ExportTestSupport.await;
import static org.privacyportal.backend.export.ExportTestSupport.download;
import static org.privacyportal.backend.export.ExportTestSupport.exports;
import static org.privacyportal.backend.export.ExportTestSupport.start;
import static org.privacyportal.backend.export.ExportTestSupport.unzip;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;

/**
 * The export API end to end: start, progress, archive content, access rule, access log, clean-up.
 */
class ExportApiTest {

  private final TestBackend backend = TestBackend.get();
  private final TestData data = new TestData(backend.dataSource());

  @Test
  void thePatronGetsEveryCategoryAsJsonThePdfAndAManifestThenTheArchiveIsGone() throws Exception {
    Patron patron = data.patron("Inés", LocalDate.now().minusYears(35), true);
    Map<Category, List<String>> ids = data.everyCategory(patron, new Random(5));
    long before = data.lastAccessLogSeq();

    JsonNode started = start(backend, patron.id(), backend.token(patron));
    String exportId = started.get("exportId").asText();
    assertThat(UUID.fromString(exportId)).isNotNull();
    assertThat(started.get("categoriesTotal").asInt()).isEqualTo(12);
    JsonNode done = await(backend, patron.id(), exportId, backend.token(patron));
    assertThat(done.get("state").asText()).isEqualTo("READY");
    assertThat(done.get("categoriesDone").asInt()).isEqualTo(12);
    long expected = ids.values().stream().mapToLong(List::size).sum();
    assertThat(done.get("recordsGathered").asLong()).isEqualTo(expected);

    HttpResponse<byte[]> archive = download(backend, patron.id(), exportId, backend.token(patron));
    assertThat(archive.statusCode()).isEqualTo(200);
    assertThat(archive.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(archive.headers().firstValue("Content-Disposition").orElseThrow())
        .matches("attachment; filename=\"my-data-\\d{4}-\\d{2}-\\d{2}\\.zip\"");
    assertThat(archive.headers().firstValue("Cache-Control")).hasValue("no-store");
    Map<String, byte[]> files = unzip(archive.body());
    List<String> names = new ArrayList<>();
    for (Category category : Category.values()) {
      names.add(category.wireName() + ".json");
    }
    names.add(ExportArchive.PDF);
    names.add(ExportArchive.MANIFEST);
    assertThat(files.keySet()).containsExactlyElementsOf(names);

    for (Category category : Category.values()) {
      JsonNode rows = JSON.readTree(files.get(category.wireName() + ".json"));
      List<String> rowIds = new ArrayList<>();
      rows.forEach(row -> rowIds.add(row.get("id").asText()));
      assertThat(rowIds)
          .as(category.wireName())
          .containsExactlyInAnyOrderElementsOf(ids.get(category));
    }
    JsonNode profile = JSON.readTree(files.get("profile.json")).get(0);
    assertThat(profile.get("firstName").asText()).isEqualTo("Inés");

    JsonNode manifest = JSON.readTree(files.get(ExportArchive.MANIFEST));
    assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(manifest.get("library").get("id").asText()).isEqualTo(backend.profile().id());
    assertThat(manifest.get("patron").get("id").asText()).isEqualTo(patron.id());
    assertThat(manifest.get("requestedBy").asText()).isEqualTo("SELF");
    assertThat(manifest.get("timeZone").asText()).isEqualTo("America/Chicago");
    assertThat(Instant.parse(manifest.get("generatedAt").asText()))
        .isBefore(Instant.now().plusSeconds(1));
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    manifest
        .get("categories")
        .forEach(c -> counts.put(c.get("category").asText(), c.get("count").asLong()));
    assertThat(counts)
        .isEqualTo(
            ids.entrySet().stream()
                .collect(
                    Collectors.toMap(
                        e -> e.getKey().wireName(),
                        e -> (long) e.getValue().size(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new)));

    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "export-sample.pdf"), files.get(ExportArchive.PDF));
    String pdf = pdfText(files.get(ExportArchive.PDF));
    assertThat(pdf)
        .contains(
            "My data at Calcasieu Parish Public Library",
            "Current loans",
            "Reading history",
            "Who looked at my records",
            "Inés",
            "Genealogy sources",
            "Summer reading challenge",
            "E-book",
            "Registered",
            "the library's time zone",
            "America/Chicago",
            "Page 1 of");

    // one copy: downloaded in full, the archive and the job are gone
    assertThat(download(backend, patron.id(), exportId, backend.token(patron)).statusCode())
        .isEqualTo(404);
    assertThat(
            backend.get(exports(patron.id()) + "/" + exportId, backend.token(patron)).statusCode())
        .isEqualTo(404);
    // the patron's own reads are not logged
    assertThat(data.accessLogAfter(before)).noneMatch(row -> row.patronId().equals(patron.id()));
  }

  @Test
  void aGuardiansExportIsLoggedOncePerCategoryHoweverManyPagesAndShowsProgressMeanwhile()
      throws Exception {
    Patron minor = data.patron("Teo", LocalDate.now().minusYears(11), true);
    Patron guardian = data.patron("Marta", LocalDate.now().minusYears(40), true);
    String link = data.guardianLink(guardian, minor, true);
    ExportTestSupport.returnedLoans(backend.dataSource(), minor, ExportArchive.PAGE_SIZE * 2 + 7);
    long before = data.lastAccessLogSeq();
    JsonNode running;
    String exportId;
    // Holding the access log's head lock keeps the export in its first category: a deterministic
    // "running".
    try (Connection lock = backend.dataSource().getConnection()) {
      lock.setAutoCommit(false);
      try (PreparedStatement head =
          lock.prepareStatement("SELECT last_seq FROM access_log_head WHERE id = 1 FOR UPDATE")) {
        head.executeQuery().close();
      }
      exportId = start(backend, minor.id(), backend.token(guardian)).get("exportId").asText();
      JsonNode again = start(backend, minor.id(), backend.token(guardian));
      assertThat(again.get("exportId").asText()).isEqualTo(exportId);
      // the ward asking meanwhile is told to wait, and is not given the guardian's export id
      HttpResponse<String> ward = backend.post(exports(minor.id()), backend.token(minor), "");
      assertThat(ward.statusCode()).isEqualTo(409);
      assertThat(ward.body()).doesNotContain(exportId);
      Thread.sleep(200);
      running =
          JSON.readTree(
              backend.get(exports(minor.id()) + "/" + exportId, backend.token(guardian)).body());
      HttpResponse<byte[]> early = download(backend, minor.id(), exportId, backend.token(guardian));
      assertThat(early.statusCode()).isEqualTo(409);
      lock.rollback();
    }
    assertThat(running.get("state").asText()).isEqualTo("GATHERING");
    assertThat(running.get("category").asText()).isEqualTo("profile");
    assertThat(running.get("categoriesDone").asInt()).isZero();

    assertThat(await(backend, minor.id(), exportId, backend.token(guardian)).get("state").asText())
        .isEqualTo("READY");
    Map<String, byte[]> files =
        unzip(download(backend, minor.id(), exportId, backend.token(guardian)).body());
    assertThat(JSON.readTree(files.get("loan_history.json")))
        .hasSize(ExportArchive.PAGE_SIZE * 2 + 7);
    assertThat(JSON.readTree(files.get(ExportArchive.MANIFEST)).get("requestedBy").asText())
        .isEqualTo("GUARDIAN");

    List<TestData.LogRow> logged =
        data.accessLogAfter(before).stream()
            .filter(row -> row.patronId().equals(minor.id()))
            .toList();
    assertThat(logged)
        .extracting(TestData.LogRow::category)
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(Category.values()).map(Category::wireName).toList());
    assertThat(logged)
        .allSatisfy(
            row -> {
              assertThat(row.ground()).isEqualTo("GUARDIAN");
              assertThat(row.actorSubject()).isEqualTo(guardian.subject());
              assertThat(row.groundRef()).isEqualTo(link);
            });
  }

  @Test
  void anyoneButThePatronOrGuardianGetsTheSameNotFoundAsForNobody() throws Exception {
    Patron patron = data.patron("Lía", LocalDate.now().minusYears(30), true);
    Patron stranger = data.patron("Zoe", LocalDate.now().minusYears(30), true);
    Patron authorized = data.patron("Ada", LocalDate.now().minusYears(30), true);
    Instant now = Instant.now();
    data.authorization(
        patron,
        authorized,
        "SELF",
        now.minus(1, ChronoUnit.DAYS),
        now.plus(9, ChronoUnit.DAYS),
        null,
        Category.values());
    String staff = backend.tokens().accessToken(TestData.newId(), "staff");
    String director = backend.tokens().accessToken(TestData.newId(), "director");
    String unknownPatron = TestData.newId();

    HttpResponse<String> nobody = backend.post(exports(unknownPatron), backend.token(patron), "");
    assertThat(nobody.statusCode()).isEqualTo(404);
    for (String refused :
        List.of(backend.token(stranger), backend.token(authorized), staff, director)) {
      HttpResponse<String> answer = backend.post(exports(patron.id()), refused, "");
      assertThat(answer.statusCode()).isEqualTo(404);
      assertThat(answer.body()).isEqualTo(nobody.body());
      assertThat(answer.headers().firstValue("Content-Type"))
          .isEqualTo(nobody.headers().firstValue("Content-Type"));
    }
    assertThat(backend.post(exports("not-an-id"), backend.token(patron), "").body())
        .isEqualTo(nobody.body());

    String exportId = start(backend, patron.id(), backend.token(patron)).get("exportId").asText();
    await(backend, patron.id(), exportId, backend.token(patron));
    List<String> probes = new ArrayList<>();
    for (String refused : List.of(backend.token(stranger), backend.token(authorized), staff)) {
      probes.add(backend.get(exports(patron.id()) + "/" + exportId, refused).body());
      probes.add(new String(download(backend, patron.id(), exportId, refused).body()));
    }
    // the stranger's own patron id with the patron's export id: not theirs either
    probes.add(
        backend.get(exports(stranger.id()) + "/" + exportId, backend.token(stranger)).body());
    probes.add(
        backend.get(exports(patron.id()) + "/" + UUID.randomUUID(), backend.token(patron)).body());
    probes.add(backend.get(exports(patron.id()) + "/not-a-uuid", backend.token(patron)).body());
    probes.add(
        new String(
            download(backend, patron.id(), UUID.randomUUID().toString(), backend.token(patron))
                .body()));
    assertThat(probes).allSatisfy(body -> assertThat(body).isEqualTo(nobody.body()));
    // and it is still there for its owner
    assertThat(download(backend, patron.id(), exportId, backend.token(patron)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theLanguageIsEnglishOrSpanishAndAnythingElseIsABadRequestThatStartsNothing()
      throws Exception {
    Patron patron = data.patron("Nuria", LocalDate.now().minusYears(50), true);
    data.loan(patron, Instant.now().minus(3, ChronoUnit.DAYS), LocalDate.now().plusDays(18), null);

    for (String body :
        List.of("{\"language\":\"fr\"}", "{\"language\":1}", "{\"lang\":\"es\"}", "[1]", "nope")) {
      HttpResponse<String> refused =
          backend.post(exports(patron.id()), backend.token(patron), body);
      assertThat(refused.statusCode()).as(body).isEqualTo(400);
      assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("language");
    }

    // a withdrawn detail change: its ticket holds a message the portal wrote, stored as a code
    HttpResponse<String> asked =
        backend.post(
            "/api/v1/patrons/" + patron.id() + "/details/changes",
            backend.token(patron),
            "{\"email\":\"nuria.new@example.org\"}");
    assertThat(
            backend
                .delete(
                    "/api/v1/patrons/"
                        + patron.id()
                        + "/details/changes/"
                        + JSON.readTree(asked.body()).get("id").asText(),
                    backend.token(patron))
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> spanish =
        backend.post(exports(patron.id()), backend.token(patron), "{\"language\":\"es\"}");
    assertThat(spanish.statusCode()).isEqualTo(202);
    assertThat(spanish.headers().firstValue("Location").orElseThrow())
        .isEqualTo(
            exports(patron.id()) + "/" + JSON.readTree(spanish.body()).get("exportId").asText());
    String exportId = JSON.readTree(spanish.body()).get("exportId").asText();
    await(backend, patron.id(), exportId, backend.token(patron));
    Map<String, byte[]> files =
        unzip(download(backend, patron.id(), exportId, backend.token(patron)).body());
    assertThat(pdfText(files.get(ExportArchive.PDF)))
        .contains(
            "Mis datos en",
            "Préstamos actuales",
            "Libro",
            "Página 1 de",
            "Retirada: esta solicitud ya no es necesaria.");
    assertThat(JSON.readTree(files.get("tickets.json")).findValuesAsText("messageCode"))
        .contains("details.withdrawn", "details.requested");
    // the subject and first message the portal wrote: codes in the JSON, Spanish words in the PDF
    assertThat(JSON.readTree(files.get("tickets.json")).findValuesAsText("subjectCode"))
        .contains("details.request");
    assertThat(pdfText(files.get(ExportArchive.PDF)).replaceAll("\\s+", " "))
        .contains("Actualizar mis datos", "Por favor, cambien estos datos: correo electrónico.")
        .doesNotContain("Update my details");
    assertThat(JSON.readTree(files.get(ExportArchive.MANIFEST)).get("language").asText())
        .isEqualTo("es");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
