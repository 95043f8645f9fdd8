package org.privacyportal.backend.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.support.LogCapture;
import org.privacyportal.backend.support.SettableClock;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * Everything logged while a patron and a guardian go through every SMS route: never the number or a
 * code.
 */
class SmsLogPrivacyTest {

  @RegisterExtension final LogCapture logged = new LogCapture();

  @Test
  void noRouteLogsTheNumberOrTheCode() throws Exception {
    SettableClock clock = SettableClock.stepping(Instant.now());
    StringBuilder codes = new StringBuilder();
    try (TestBackend backend =
        TestBackend.start("calcasieu", clock, new HmacAccessLog(TestBackend.ACCESS_LOG_KEY))) {
      TestData data = new TestData(backend.dataSource());
      Patron guardian = data.patron("Lou", LocalDate.now().minusYears(40), true);
      Patron minor = data.patron("Kit", LocalDate.now().minusYears(12), true);
      data.guardianLink(guardian, minor, true);
      for (Patron patron : new Patron[] {guardian, minor}) {
        String token = backend.tokens().accessToken(guardian.subject());
        String path = SmsApiTest.path(patron);
        backend.post(
            path + "/verification", token, "{\"number\":\"+1 800 555 1212\"}"); // not a mobile: 400
        backend.post(path + "/verification", token, "{\"number\":\"" + SmsApiTest.TYPED + "\"}");
        backend.post(
            path + "/verification",
            token,
            "{\"number\":\"" + SmsApiTest.TYPED + "\"}"); // too soon: 429
        String code = Outbox.lastCode(backend.smsOutbox(), SmsApiTest.NUMBER);
        codes.append(code).append(' ');
        backend.post(
            path + "/verification/confirm", token, "{\"code\":\"" + wrong(code) + "\"}"); // 422
        backend.post(path + "/verification/confirm", token, "{\"code\":\"" + code + "\"}");
        backend.get(path, token);
        backend.put(
            path + "/choices",
            token,
            "{\"dueDate\":false,\"holdsReady\":true,\"foundItems\":true}");
        clock.advance(Duration.ofMinutes(1));
        backend.post(path + "/verification", token, "{\"number\":\"" + SmsApiTest.TYPED + "\"}");
        clock.advance(Duration.ofMinutes(11));
        backend.post(
            path + "/verification/confirm", token, "{\"code\":\"000000\"}"); // expired: 410
        backend.delete(path, token);
      }
      Thread.sleep(200); // the request log line is written after the response
    }

    String log = logged.text();
    assertThat(log)
        .contains(
            "POST /api/v1/patrons/{id}/consents/sms/verification 429",
            "POST /api/v1/patrons/{id}/consents/sms/verification/confirm 410");
    assertThat(log)
        .doesNotContain(
            "3374912368",
            "337) 491",
            "491-2368",
            "491 2368",
            "••••••68",
            "8005551212",
            "800 555 1212");
    for (String code : codes.toString().trim().split(" ")) {
      assertThat(log).doesNotContain(code);
    }
  }

  private static String wrong(String code) {
    return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
  }
}
