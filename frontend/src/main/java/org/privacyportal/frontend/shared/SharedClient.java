package org.privacyportal.frontend.shared;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;

/** The "Shared with me" list of the signed-in patron. */
final class SharedClient {

  static final String SHARED = "/api/v1/me/shared";

  /** One authorization in force that names the signed-in person as grantee. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SharedWithMe(
      String authorizationId,
      String patronId,
      String patronName,
      List<String> categories,
      Instant validFrom,
      Instant validUntil,
      LocalDate endsAtMajority) {
    SharedWithMe {
      categories = categories == null ? List.of() : List.copyOf(categories);
    }

    @Override
    public String toString() {
      return "SharedWithMe[authorizationId=" + authorizationId + "]"; // names stay out of logs
    }
  }

  private final BackendClient backend;

  SharedClient(BackendClient backend) {
    this.backend = backend;
  }

  /** Every authorization shared with the signed-in person; not found without a patron record. */
  BackendAnswer<List<SharedWithMe>> all() {
    return backend.get(SharedWithMe[].class, SHARED).map(List::of);
  }

  /** The authorization of this patron that opens this category, if one is in force now. */
  static Optional<SharedWithMe> covering(
      List<SharedWithMe> shared, String patronId, String category) {
    return shared.stream()
        .filter(s -> s.patronId().equals(patronId) && s.categories().contains(category))
        .findFirst();
  }
}
