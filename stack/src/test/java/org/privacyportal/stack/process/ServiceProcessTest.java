package org.privacyportal.stack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyportal.stack.StackStartException;

class ServiceProcessTest {

  @Test
  void outputGoesToTheLogAndStopEndsTheWholeTree(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("logs/dummy.log");
    ServiceProcess p =
        ServiceProcess.start(
            "dummy",
            List.of("bash", "-c", "echo hello $GREETING; sleep 300 & wait"),
            Map.of("PATH", System.getenv("PATH"), "GREETING", "world"),
            dir,
            log);
    awaitLog(log, "hello world");
    List<ProcessHandle> tree = ProcessHandle.of(p.pid()).orElseThrow().descendants().toList();

    p.stop(Duration.ofSeconds(5));

    assertThat(p.isAlive()).isFalse();
    assertThat(tree).noneMatch(ProcessTree::isRunning);
    assertThat(p.isStopping()).isTrue();
  }

  @Test
  void awaitReadyReturnsOnceTheUrlAnswers(@TempDir Path dir) throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/health",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    try (ServiceProcess p =
        ServiceProcess.start(
            "dummy", List.of("sleep", "60"), Map.of(), dir, dir.resolve("d.log"))) {
      p.awaitReady(
          URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health"),
          status -> status == 200,
          Duration.ofSeconds(5));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void awaitReadyFailsFastWithTheLogTailWhenTheProcessDies(@TempDir Path dir) {
    ServiceProcess p =
        ServiceProcess.start(
            "dummy",
            List.of("bash", "-c", "echo 'Address already in use'; exit 3"),
            Map.of("PATH", System.getenv("PATH")),
            dir,
            dir.resolve("d.log"));
    long t0 = System.nanoTime();

    assertThatThrownBy(
            () ->
                p.awaitReady(URI.create("http://127.0.0.1:1/"), s -> true, Duration.ofSeconds(30)))
        .isInstanceOf(StackStartException.class)
        .hasMessageContaining("dummy exited with code 3")
        .hasMessageContaining("Address already in use");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void awaitReadyGivesUpAfterTheTimeout(@TempDir Path dir) {
    try (ServiceProcess p =
        ServiceProcess.start(
            "dummy", List.of("sleep", "60"), Map.of(), dir, dir.resolve("d.log"))) {
      assertThatThrownBy(
              () ->
                  p.awaitReady(
                      URI.create("http://127.0.0.1:1/"), s -> true, Duration.ofMillis(300)))
          .isInstanceOf(StackStartException.class)
          .hasMessageContaining("not ready within");
    }
  }

  private static void awaitLog(Path log, String text) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log).contains(text)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("log never said " + text);
  }
}
