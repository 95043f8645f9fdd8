package org.privacyportal.frontend.policy;

import java.util.Map;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.springframework.http.HttpMethod;

/**
 * The backend's privacy-policy routes; the backend decides who may (anyone but the patron or
 * guardian: not found).
 */
final class PolicyClient {

  private static final String ACCEPTANCE = "/api/v1/patrons/{id}/policy/acceptance";

  private final BackendClient backend;

  PolicyClient(BackendClient backend) {
    this.backend = backend;
  }

  /**
   * @param language "en" or "es"
   */
  BackendAnswer<PolicyState> state(String patronId, String language) {
    return backend.get(PolicyState.class, ACCEPTANCE + "?lang={lang}", patronId, language);
  }

  /** Accepts {@code version}; REJECTED with status 409 when it is no longer the current one. */
  BackendAnswer<PolicyState.Acceptance> accept(String patronId, String version) {
    return backend.send(
        HttpMethod.POST,
        PolicyState.Acceptance.class,
        Map.of("version", version),
        ACCEPTANCE,
        patronId);
  }
}
