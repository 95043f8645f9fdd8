package org.privacyportal.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.demo.DemoPatrons;
import org.privacyportal.backend.support.TestBackend;
import org.slf4j.LoggerFactory;

/** Everything logged while serving patron data: no names, numbers, contact details or tokens. */
class RequestLogPrivacyTest {

  private final TestBackend backend = TestBackend.get();
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
  void aMeRequestLogsItsRouteButNoPersonalData() throws Exception {
    String token = backend.tokens().accessToken(DemoPatrons.ALICE_SUBJECT, "patron");
    HttpResponse<String> response = backend.get("/api/v1/me?card=23301004127785", token);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode me = new ObjectMapper().readTree(response.body());
    // Requests that put personal data in the path, or make the server fail with it in a message.
    backend.get("/api/v1/patrons/" + me.get("cardNumber").asText());
    backend.get(TestBackend.BOOM_PATH + "?name=Alice");

    String log = awaitLogContaining(TestBackend.BOOM_PATH);

    assertThat(log).contains("GET /api/v1/me 200", RequestLog.UNMATCHED);
    assertThat(log).doesNotContain(
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

  /** The request log line is written after the response, so wait for it rather than race it. */
  private String awaitLogContaining(String text) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
    String log = render();
    while (!log.contains(text) && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
      log = render();
    }
    return log;
  }

  private String render() {
    StringBuilder out = new StringBuilder();
    for (ILoggingEvent event : new ArrayList<>(appender.list)) {
      out.append(event.getLoggerName()).append(' ').append(event.getFormattedMessage()).append('\n');
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        out.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
        List<?> frames = List.of(t.getStackTraceElementProxyArray());
        frames.forEach(frame -> out.append(frame).append('\n'));
      }
    }
    return out.toString();
  }
}
