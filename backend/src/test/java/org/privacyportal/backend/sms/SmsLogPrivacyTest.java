package org.privacyportal.backend.sms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.slf4j.LoggerFactory;

/** Everything logged while a patron and a guardian go through every SMS route: never the number or a code. */
class SmsLogPrivacyTest {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Logger root;

  @BeforeEach
  void capture() {
    root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    appender.start();
    root.addAppender(appender);
  }

  @AfterEach
  void release() {
    root.detachAppender(appender);
    appender.stop();
  }

  @Test
  void noRouteLogsTheNumberOrTheCode() throws Exception {
    SteppingClock clock = new SteppingClock(Instant.now());
    StringBuilder codes = new StringBuilder();
    try (TestBackend backend = TestBackend.start("calcasieu", clock, new HmacAccessLog(TestBackend.ACCESS_LOG_KEY))) {
      TestData data = new TestData(backend.dataSource());
      Patron guardian = data.patron("Lou", LocalDate.now().minusYears(40), true);
      Patron minor = data.patron("Kit", LocalDate.now().minusYears(12), true);
      data.guardianLink(guardian, minor, true);
      for (Patron patron : new Patron[] {guardian, minor}) {
        String token = backend.tokens().accessToken(guardian.subject());
        String path = SmsApiTest.path(patron);
        backend.post(path + "/verification", token, "{\"number\":\"+1 800 555 1212\"}"); // not a mobile: 400
        backend.post(path + "/verification", token, "{\"number\":\"" + SmsApiTest.TYPED + "\"}");
        backend.post(path + "/verification", token, "{\"number\":\"" + SmsApiTest.TYPED + "\"}"); // too soon: 429
        String code = Outbox.lastCode(backend.smsOutbox(), SmsApiTest.NUMBER);
        codes.append(code).append(' ');
        backend.post(path + "/verification/confirm", token, "{\"code\":\"" + wrong(code) + "\"}"); // 422
        backend.post(path + "/verification/confirm", token, "{\"code\":\"" + code + "\"}");
        backend.get(path, token);
        backend.put(path + "/choices", token, "{\"dueDate\":false,\"holdsReady\":true,\"foundItems\":true}");
        clock.advance(Duration.ofMinutes(1));
        backend.post(path + "/verification", token, "{\"number\":\"" + SmsApiTest.TYPED + "\"}");
        clock.advance(Duration.ofMinutes(11));
        backend.post(path + "/verification/confirm", token, "{\"code\":\"000000\"}"); // expired: 410
        backend.delete(path, token);
      }
      Thread.sleep(200); // the request log line is written after the response
    }

    String log = render();
    assertThat(log).contains("POST /api/v1/patrons/{id}/consents/sms/verification 429",
        "POST /api/v1/patrons/{id}/consents/sms/verification/confirm 410");
    assertThat(log).doesNotContain("3374912368", "337) 491", "491-2368", "491 2368", "••••••68", "8005551212",
        "800 555 1212");
    for (String code : codes.toString().trim().split(" ")) {
      assertThat(log).doesNotContain(code);
    }
  }

  private static String wrong(String code) {
    return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
  }

  private String render() {
    StringBuilder out = new StringBuilder();
    for (ILoggingEvent event : new ArrayList<>(appender.list)) {
      out.append(event.getLoggerName()).append(' ').append(event.getFormattedMessage()).append('\n');
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        out.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
      }
    }
    return out.toString();
  }
}
