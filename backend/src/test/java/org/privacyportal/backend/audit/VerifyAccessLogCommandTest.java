package org.privacyportal.backend.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestDatabase;

class VerifyAccessLogCommandTest {

  private static final String KEY_TEXT = new String(AuditDatabase.KEY, StandardCharsets.UTF_8);

  private final AuditDatabase db = AuditDatabase.get();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void fourEntries() {
    db.reset();
    db.append(new HmacAccessLog(AuditDatabase.KEY), 4, "staff-subject");
  }

  @Test
  void intactLogExitsZero() {
    assertThat(run(env(KEY_TEXT))).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("Access log intact: 4 entries checked.\n");
  }

  @Test
  void brokenLogExitsOneNamingTheEntry() {
    db.sql("UPDATE access_log SET actor_subject = 'someone-else' WHERE seq = 2");

    assertThat(run(env(KEY_TEXT))).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Access log BROKEN at entry 2: entry 2 does not match")
        .endsWith("(1 entries before it are intact).\n");
  }

  @Test
  void wrongKeyExitsOne() {
    assertThat(run(env("a different key that is long enough to use"))).isEqualTo(1);
  }

  @Test
  void missingKeyOutsideDemoRunsOrShortKeyExitsTwoWithoutEchoingIt() {
    Map<String, String> noKey = env(KEY_TEXT);
    noKey.remove(AccessLogKey.ENV);
    noKey.put("PORTAL_DEMO_DATA", "false");
    assertThat(run(noKey)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("PORTAL_ACCESS_LOG_KEY must be set");

    err.reset();
    assertThat(run(env("short-secret"))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("PORTAL_ACCESS_LOG_KEY")
        .doesNotContain("short-secret");
  }

  @Test
  void demoRunWithoutKeyChecksWithTheBackendsDevelopmentKey() {
    Map<String, String> noKey = env(KEY_TEXT);
    noKey.remove(AccessLogKey.ENV);

    // This log was written with the test key, so the development key finds it broken at once.
    assertThat(run(noKey)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("development key");
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Access log BROKEN at entry 1:");
  }

  @Test
  void badUrlExitsTwo() {
    Map<String, String> env = env(KEY_TEXT);
    env.put("PORTAL_DB_URL", "jdbc:postgresql://127.0.0.1/portal");
    assertThat(run(env)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("PORTAL_DB_URL");
  }

  @Test
  void databaseWithoutTheLogExitsTwo() {
    db.sql("CREATE DATABASE IF NOT EXISTS portal_audit_empty");
    Map<String, String> env = env(KEY_TEXT);
    env.put("PORTAL_DB_URL", db.jdbcUrl() + "_empty");
    assertThat(run(env)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Could not verify the access log");
  }

  @Test
  void mainRunsAsItsOwnProcess() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                VerifyAccessLogCommand.class.getName())
            .redirectErrorStream(true);
    builder.environment().putAll(env(KEY_TEXT));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("Access log intact: 4 entries checked.");
  }

  private int run(Map<String, String> env) {
    return VerifyAccessLogCommand.run(
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Map<String, String> env(String key) {
    TestDatabase server = TestDatabase.get();
    Map<String, String> env = new HashMap<>();
    env.put("PORTAL_DB_URL", db.jdbcUrl());
    env.put("PORTAL_DB_USER", server.user());
    env.put("PORTAL_DB_PASSWORD", server.password());
    env.put(AccessLogKey.ENV, key);
    return env;
  }
}
