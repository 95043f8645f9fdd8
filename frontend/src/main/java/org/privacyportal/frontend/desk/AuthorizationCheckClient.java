package org.privacyportal.frontend.desk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.springframework.http.HttpMethod;

/** The staff desk's call to verify a written authorization by its code. */
final class AuthorizationCheckClient {

  static final String CHECKS = "/api/v1/authorization-checks";

  /** The types of photo identification the backend accepts; only the type is recorded. */
  static final List<String> ID_TYPES =
      List.of(
          "DRIVERS_LICENSE",
          "STATE_ID",
          "PASSPORT",
          "MILITARY_ID",
          "TRIBAL_ID",
          "CONSULAR_ID",
          "OTHER_PHOTO_ID");

  /** A check made: whose records, for whom, which categories, until when. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Check(
      String id,
      String patronId,
      String patronName,
      String granteeName,
      List<String> categories,
      Instant validUntil,
      Instant expiresAt) {
    Check {
      categories = categories == null ? List.of() : List.copyOf(categories);
    }

    @Override
    public String toString() {
      return "Check[id=" + id + "]"; // names stay out of logs
    }
  }

  private final BackendClient backend;

  AuthorizationCheckClient(BackendClient backend) {
    this.backend = backend;
  }

  BackendAnswer<Check> check(String code, String idType) {
    return backend.send(
        HttpMethod.POST, Check.class, Map.of("code", code, "idType", idType), CHECKS);
  }
}
