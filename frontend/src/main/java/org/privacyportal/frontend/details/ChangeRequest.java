package org.privacyportal.frontend.details;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A change request as the backend returns it to the patron.
 *
 * @param status PENDING, APPROVED, REJECTED or WITHDRAWN
 * @param changed the fields it changes: "email", "phone", "address"
 * @param requestedBy SELF or GUARDIAN
 * @param reason why staff rejected it, else null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChangeRequest(
    String id,
    String status,
    List<String> changed,
    ContactDetails requested,
    String requestedBy,
    Instant requestedAt,
    Instant decidedAt,
    String reason) {

  public ChangeRequest {
    changed = changed == null ? List.of() : List.copyOf(changed);
  }

  public boolean changes(String field) {
    return changed.contains(field);
  }

  @Override
  public String toString() {
    return "ChangeRequest[id=" + id + ", status=" + status + "]";
  }
}
