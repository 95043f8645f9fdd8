package org.privacyportal.frontend.staff;

import java.util.Map;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.privacyportal.frontend.details.ChangeRequest;
import org.springframework.http.HttpMethod;

/** The backend's staff routes for change requests of details (staff and director only). */
final class StaffDetailChangesClient {

  static final String PATH = "/api/v1/staff/detail-changes";
  static final String APPROVE_PATH = PATH + "/{id}/approve";
  static final String REJECT_PATH = PATH + "/{id}/reject";

  private final BackendClient backend;

  StaffDetailChangesClient(BackendClient backend) {
    this.backend = backend;
  }

  BackendAnswer<PendingDetailChanges> pending() {
    return backend.get(PendingDetailChanges.class, PATH);
  }

  BackendAnswer<ChangeRequest> approve(String requestId) {
    return backend.send(HttpMethod.POST, ChangeRequest.class, Map.of(), APPROVE_PATH, requestId);
  }

  BackendAnswer<ChangeRequest> reject(String requestId, String reason) {
    return backend.send(
        HttpMethod.POST, ChangeRequest.class, Map.of("reason", reason), REJECT_PATH, requestId);
  }
}
