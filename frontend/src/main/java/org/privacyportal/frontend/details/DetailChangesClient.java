package org.privacyportal.frontend.details;

import java.util.Map;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.springframework.http.HttpMethod;

/**
 * The backend's update-my-details routes for a patron (their own account, or a minor's they guard).
 */
final class DetailChangesClient {

  static final String PATH = "/api/v1/patrons/{id}/details/changes";
  static final String REQUEST_PATH = PATH + "/{requestId}";

  private final BackendClient backend;

  DetailChangesClient(BackendClient backend) {
    this.backend = backend;
  }

  BackendAnswer<DetailChanges> view(String patronId) {
    return backend.get(DetailChanges.class, PATH, patronId);
  }

  /**
   * @param body only the fields the patron changes: "email", "phone" (blank: remove), "address" (a
   *     map)
   */
  BackendAnswer<ChangeRequest> request(String patronId, Map<String, Object> body) {
    return backend.send(HttpMethod.POST, ChangeRequest.class, body, PATH, patronId);
  }

  BackendAnswer<ChangeRequest> withdraw(String patronId, String requestId) {
    return backend.send(
        HttpMethod.DELETE, ChangeRequest.class, null, REQUEST_PATH, patronId, requestId);
  }
}
