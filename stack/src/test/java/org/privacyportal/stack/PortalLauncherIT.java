package org.privacyportal.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.privacyportal.stack.process.ProcessTree;
import org.privacyportal.stack.process.ServiceProcess;

/**
 * The run command as a user meets it: {@code java -jar portal-stack.jar} (what {@code ./portal run}
 * execs) prints the URL and the demo logins once everything is ready, and Ctrl-C (SIGINT) stops all
 * four parts, leaving no process behind. A second start keeps the data and unpacks nothing again.
 * Stand-in jars take the place of the backend and frontend, which system-tests runs for real.
 */
class PortalLauncherIT {

  private static final Path DATA = Path.of("target", "launcher-it-data").toAbsolutePath();
  private static final Path STACK_JAR = Path.of("target", "portal-stack.jar").toAbsolutePath();

  @Test
  void printsUrlAndLoginsWhenReadyAndCtrlCLeavesNothingBehind() throws Exception {
    deleteRecursively(DATA);
    Path backendJar =
        FakeService.writeJar(Path.of("target", "fake-launcher", "portal-backend.jar"));
    Path frontendJar =
        FakeService.writeJar(Path.of("target", "fake-launcher", "portal-frontend.jar"));
    int frontendPort = freePort();

    String firstRun = runUntilReadyThenCtrlC(backendJar, frontendJar, frontendPort);

    assertThat(firstRun)
        .contains("is running:  http://localhost:" + frontendPort + "/")
        .contains(
            "patron",
            "patron-demo",
            "guardian-demo",
            "minor-demo",
            "staff-demo",
            "director-demo",
            "thirdparty-demo");
    assertThat(leftoverProcesses()).isEmpty();

    Path unpackedKeycloak = DATA.resolve("keycloak/keycloak-26.4.7");
    long unpackedAt = Files.getLastModifiedTime(unpackedKeycloak).toMillis();
    String secondRun = runUntilReadyThenCtrlC(backendJar, frontendJar, frontendPort);

    assertThat(secondRun).contains("is running:");
    assertThat(Files.getLastModifiedTime(unpackedKeycloak).toMillis()).isEqualTo(unpackedAt);
    assertThat(leftoverProcesses()).isEmpty();
  }

  private static String runUntilReadyThenCtrlC(Path backendJar, Path frontendJar, int frontendPort)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(ServiceProcess.currentJava().toString(), "-jar", STACK_JAR.toString())
            .redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("PORTAL_"));
    builder.environment().put("PORTAL_DATA_DIR", DATA.toString());
    builder.environment().put("PORTAL_PORT", String.valueOf(frontendPort));
    builder.environment().put("PORTAL_BACKEND_PORT", String.valueOf(freePort()));
    builder.environment().put("PORTAL_KEYCLOAK_PORT", String.valueOf(freePort()));
    builder.environment().put("PORTAL_KEYCLOAK_MANAGEMENT_PORT", String.valueOf(freePort()));
    builder.environment().put("PORTAL_DB_PORT", String.valueOf(freePort()));
    builder.environment().put("PORTAL_BACKEND_JAR", backendJar.toString());
    builder.environment().put("PORTAL_FRONTEND_JAR", frontendJar.toString());
    Process launcher = builder.start();

    LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    StringBuilder output = new StringBuilder();
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try (BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(
                              launcher.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                      lines.add(line);
                    }
                  } catch (IOException ignored) {
                    // the process ended
                  }
                });
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
      while (!output.toString().contains("Press Ctrl-C")) {
        String line = lines.poll(1, TimeUnit.SECONDS);
        if (line != null) {
          output.append(line).append('\n');
        }
        assertThat(launcher.isAlive()).as("launcher alive; output so far:%n%s", output).isTrue();
        assertThat(System.nanoTime())
            .as("ready within 4 minutes; output:%n%s", output)
            .isLessThan(deadline);
      }
      new ProcessBuilder("kill", "-INT", String.valueOf(launcher.pid())).start().waitFor();
      assertThat(launcher.waitFor(60, TimeUnit.SECONDS))
          .as("launcher stopped after SIGINT")
          .isTrue();
    } finally {
      launcher.destroyForcibly();
      reader.join(5_000);
    }
    return output.toString();
  }

  /** Any process still running from this test's data folder or stand-in jars. */
  private static List<String> leftoverProcesses() {
    return ProcessHandle.allProcesses()
        .filter(ProcessTree::isRunning)
        .map(p -> p.info().commandLine().orElse(""))
        .filter(c -> c.contains(DATA.toString()) || c.contains("fake-launcher/portal-"))
        .toList();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
