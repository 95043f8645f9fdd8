package org.privacyportal.backend.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.privacyportal.backend.support.ContractValidator;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/** Starting an export over HTTP, waiting for it, downloading and unpacking the archive. */
final class ExportTestSupport {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ExportTestSupport() {}

  static String exports(String patronId) {
    return "/api/v1/patrons/" + patronId + "/exports";
  }

  /** POSTs an export and returns its status body (asserting 202). */
  static JsonNode start(TestBackend backend, String patronId, String token) throws IOException {
    HttpResponse<String> response = backend.post(exports(patronId), token, "");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JSON.readTree(response.body());
  }

  /** Polls the status until it is no longer GATHERING; returns the last status. */
  static JsonNode await(TestBackend backend, String patronId, String exportId, String token)
      throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    JsonNode status;
    do {
      HttpResponse<String> response = backend.get(exports(patronId) + "/" + exportId, token);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      status = JSON.readTree(response.body());
      if (!"GATHERING".equals(status.get("state").asText())) {
        return status;
      }
      Thread.sleep(25);
    } while (System.nanoTime() < until);
    throw new AssertionError("export still gathering: " + status);
  }

  static HttpResponse<byte[]> download(
      TestBackend backend, String patronId, String exportId, String token) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(backend.uri(exports(patronId) + "/" + exportId + "/archive"))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    ContractValidator.get().check(response);
    return response;
  }

  /** The archive's files by name, in the order they were written. */
  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  /** {@code count} returned loans for the patron's reading history, inserted in one batch. */
  static void returnedLoans(DataSource dataSource, Patron patron, int count) {
    Instant start = Instant.parse("2015-01-01T15:00:00Z");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO loan (id, patron_id, item_barcode,"
                    + " title, author, format, branch, checked_out_at, due_on, renewals, returned_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'BOOK', 'Central', ?, ?, 0, ?)")) {
      for (int i = 0; i < count; i++) {
        Instant out = start.plus(i / 4, ChronoUnit.DAYS).plus(i % 4, ChronoUnit.HOURS);
        insert.setString(1, TestData.newId());
        insert.setString(2, patron.id());
        insert.setString(3, "39301" + String.format("%09d", i));
        insert.setString(
            4, "Libro número " + i + ": el niño y la montaña, una historia larga de aventuras");
        insert.setString(5, "Autora Número " + (i % 97));
        insert.setObject(6, TestData.utc(out));
        insert.setObject(7, LocalDate.ofInstant(out, ZoneOffset.UTC).plusDays(21));
        insert.setObject(8, TestData.utc(out.plus(10, ChronoUnit.DAYS)));
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
