package org.privacyportal.frontend.export;

import java.util.Map;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The backend's export routes: start an archive, follow its progress, fetch the zip. */
final class ExportClient {

  private static final String EXPORTS = "/api/v1/patrons/{id}/exports";
  private static final String EXPORT = EXPORTS + "/{exportId}";
  private static final String ARCHIVE = EXPORT + "/archive";
  private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

  private final BackendClient backend;

  ExportClient(BackendClient backend) {
    this.backend = backend;
  }

  /**
   * Starts an archive with its PDF in {@code language} ("en" or "es"), or gets the one being
   * prepared.
   */
  BackendAnswer<ExportStatus> start(String patronId, String language) {
    return backend.send(
        HttpMethod.POST, ExportStatus.class, Map.of("language", language), EXPORTS, patronId);
  }

  BackendAnswer<ExportStatus> status(String patronId, String exportId) {
    return backend.get(ExportStatus.class, EXPORT, patronId, exportId);
  }

  /**
   * Hands the zip to {@code reader} as it arrives, never holding it whole; the backend deletes it
   * once it has all been sent.
   */
  <T> BackendAnswer<T> archive(
      String patronId, String exportId, BackendClient.StreamedBody<T> reader) {
    return backend.stream(ZIP, reader, ARCHIVE, patronId, exportId);
  }
}
