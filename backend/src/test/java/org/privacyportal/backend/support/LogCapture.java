package org.privacyportal.backend.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Everything logged (root logger, every level) while each test runs, as one text a privacy test can
 * search for personal data: {@code @RegisterExtension final LogCapture log = new LogCapture();}.
 */
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Logger root;

  @Override
  public void beforeEach(ExtensionContext context) {
    root =
        ((LoggerContext) LoggerFactory.getILoggerFactory())
            .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    appender.list.clear();
    appender.start();
    root.addAppender(appender);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    root.detachAppender(appender);
    appender.stop();
  }

  /**
   * Each event's logger and message, then each exception's class, message and stack frames, a line
   * each.
   */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (ILoggingEvent event : new ArrayList<>(appender.list)) {
      out.append(event.getLoggerName())
          .append(' ')
          .append(event.getFormattedMessage())
          .append('\n');
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        out.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
        List<?> frames = List.of(t.getStackTraceElementProxyArray());
        frames.forEach(frame -> out.append(frame).append('\n'));
      }
    }
    return out.toString();
  }

  /**
   * The text once it contains {@code expected}, or as it is after five seconds: the request log
   * line is written after the response, so a test waits for it rather than race it.
   */
  public String awaitText(String expected) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
    String log = text();
    while (!log.contains(expected) && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
      log = text();
    }
    return log;
  }
}
