package org.privacyportal.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privacyportal.backend.demo.DemoPatrons;
import org.privacyportal.backend.support.LogCapture;
import org.privacyportal.backend.support.TestBackend;

/** Everything logged while serving patron data: no names, numbers, contact details or tokens. */
class RequestLogPrivacyTest {

  private final TestBackend backend = TestBackend.get();
  @RegisterExtension final LogCapture logged = new LogCapture();

  @Test
  void aMeRequestLogsItsRouteButNoPersonalData() throws Exception {
    String token = backend.tokens().accessToken(DemoPatrons.ALICE_SUBJECT, "patron");
    HttpResponse<String> response = backend.get("/api/v1/me?card=23301004127785", token);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode me = new ObjectMapper().readTree(response.body());
    // Requests that put personal data in the path, or make the server fail with it in a message.
    backend.get("/api/v1/patrons/" + me.get("cardNumber").asText());
    backend.get(TestBackend.BOOM_PATH + "?name=Alice");

    String log = logged.awaitText(TestBackend.BOOM_PATH);

    assertThat(log).contains("GET /api/v1/me 200", RequestLog.UNMATCHED);
    assertThat(log)
        .doesNotContain(
            me.get("firstName").asText(),
            me.get("lastName").asText(),
            me.get("cardNumber").asText(),
            me.get("email").asText(),
            me.get("phone").asText(),
            me.get("phone").asText().substring(2), // also without +1
            me.get("address").get("line1").asText(),
            me.get("birthDate").asText(),
            token,
            token.substring(token.lastIndexOf('.') + 1),
            "card=",
            "name=");
  }
}
