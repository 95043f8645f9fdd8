package org.privacyportal.frontend.accesslog;

import java.util.Map;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.springframework.http.HttpMethod;

/** The access log routes of the backend, for the access log page. */
final class AccessLogClient {

  private final BackendClient backend;

  AccessLogClient(BackendClient backend) {
    this.backend = backend;
  }

  /** One page (from 0), newest first. */
  BackendAnswer<AccessLogPage> page(String patronId, int page, int size) {
    return backend.get(
        AccessLogPage.class,
        "/api/v1/patrons/{id}/access-log/entries?page={page}&size={size}",
        patronId,
        page,
        size);
  }

  /**
   * Opens a privacy question about the entry (or finds the open one); {@code message} may be blank.
   */
  BackendAnswer<AccessLogQuestion> ask(String patronId, String entryId, String message) {
    Map<String, Object> body =
        message == null || message.isBlank() ? Map.of() : Map.of("message", message.strip());
    return backend.send(
        HttpMethod.POST,
        AccessLogQuestion.class,
        body,
        "/api/v1/patrons/{id}/access-log/entries/{entryId}/questions",
        patronId,
        entryId);
  }
}
