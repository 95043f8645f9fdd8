package org.privacyportal.backend.details;

import java.time.Instant;
import java.util.List;

/**
 * A change request as the patron (or their guardian) sees it.
 *
 * @param changed the fields it changes: "email", "phone", "address"
 * @param requested the new values; null where a field does not change, or is to be removed
 * @param requestedBy SELF or GUARDIAN (a guardian is not named: the patron knows who guards them)
 * @param reason why staff rejected it, else null
 */
public record ChangeView(
    String id,
    Status status,
    List<String> changed,
    ContactDetails requested,
    String requestedBy,
    Instant requestedAt,
    Instant decidedAt,
    String reason) {

  static ChangeView of(DetailChange request) {
    return new ChangeView(
        request.id(),
        request.status(),
        wireNames(request.change()),
        request.change().values(),
        request.requestedByRole(),
        request.requestedAt(),
        request.decidedAt(),
        request.reason());
  }

  static List<String> wireNames(RequestedChange change) {
    return change.changed().stream().map(Field::wireName).toList();
  }

  @Override
  public String toString() {
    return "ChangeView[id=" + id + ", status=" + status + "]";
  }
}
