package org.privacyportal.frontend.sms;

import java.util.Map;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendClient;
import org.springframework.http.HttpMethod;

/**
 * The backend's SMS routes; the backend decides who may (anyone but the patron or guardian: not
 * found).
 */
final class SmsClient {

  private static final String BASE = "/api/v1/patrons/{id}/consents/sms";

  private final BackendClient backend;

  SmsClient(BackendClient backend) {
    this.backend = backend;
  }

  BackendAnswer<SmsState> state(String patronId) {
    return backend.get(SmsState.class, BASE, patronId);
  }

  /** Sends a code to the number as typed (the backend validates it), in the page's language. */
  BackendAnswer<SmsState> sendCode(String patronId, String number, String language) {
    return backend.send(
        HttpMethod.POST,
        SmsState.class,
        Map.of("number", number, "language", language),
        BASE + "/verification",
        patronId);
  }

  /** Sends a new code to the number of the code still pending (the backend knows it). */
  BackendAnswer<SmsState> resend(String patronId, String language) {
    return backend.send(
        HttpMethod.POST,
        SmsState.class,
        Map.of("language", language),
        BASE + "/verification",
        patronId);
  }

  /**
   * @param choices what to receive once on, or null to keep the current ones (or all three when
   *     turning on)
   */
  BackendAnswer<SmsState> confirm(String patronId, String code, SmsState.Choices choices) {
    Map<String, Object> body =
        choices == null ? Map.of("code", code) : Map.of("code", code, "choices", choices);
    return backend.send(
        HttpMethod.POST, SmsState.class, body, BASE + "/verification/confirm", patronId);
  }

  BackendAnswer<SmsState> setChoices(String patronId, SmsState.Choices choices) {
    return backend.send(HttpMethod.PUT, SmsState.class, choices, BASE + "/choices", patronId);
  }

  BackendAnswer<SmsState> optOut(String patronId) {
    return backend.send(HttpMethod.DELETE, SmsState.class, null, BASE, patronId);
  }
}
