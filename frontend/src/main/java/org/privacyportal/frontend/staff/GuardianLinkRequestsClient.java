package org.privacyportal.frontend.staff;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.springframework.http.HttpMethod;

/** The staff desk's calls for guardian-link requests: the undecided list, approve, reject. */
final class GuardianLinkRequestsClient {

  static final String LIST = "/api/v1/staff/guardian-link-requests";
  static final String APPROVE = "/api/v1/staff/guardian-link-requests/{ticketId}/approve";
  static final String REJECT = "/api/v1/staff/guardian-link-requests/{ticketId}/reject";

  /** One undecided request: who asked, and what they typed (the ticket's first message). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LinkRequestRow(
      String ticketId,
      String status,
      Instant openedAt,
      String requesterFirstName,
      String requesterLastName,
      String requesterCardNumber,
      String request) {

    String requesterName() {
      return ((requesterFirstName == null ? "" : requesterFirstName)
              + " "
              + (requesterLastName == null ? "" : requesterLastName))
          .strip();
    }

    @Override
    public String toString() {
      return "LinkRequestRow[ticketId=" + ticketId + "]";
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Requests(List<LinkRequestRow> requests) {
    Requests {
      requests = requests == null ? List.of() : List.copyOf(requests);
    }
  }

  /** What approving or rejecting answered. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Decision(String ticketId, String status) {}

  /** The kinds of identification the backend accepts; only the kind is recorded. */
  static final List<String> DOCUMENT_TYPES =
      List.of(
          "DRIVERS_LICENSE",
          "STATE_ID",
          "PASSPORT",
          "MILITARY_ID",
          "TRIBAL_ID",
          "OTHER_GOVERNMENT_ID");

  private final BackendClient backend;

  GuardianLinkRequestsClient(BackendClient backend) {
    this.backend = backend;
  }

  BackendAnswer<Requests> open() {
    return backend.get(Requests.class, LIST);
  }

  BackendAnswer<Decision> approve(String ticketId, String minorCardNumber, String idDocumentType) {
    return backend.send(
        HttpMethod.POST,
        Decision.class,
        Map.of("minorCardNumber", minorCardNumber, "idDocumentType", idDocumentType),
        APPROVE,
        ticketId);
  }

  BackendAnswer<Decision> reject(String ticketId, String reason) {
    return backend.send(
        HttpMethod.POST, Decision.class, Map.of("reason", reason), REJECT, ticketId);
  }
}
