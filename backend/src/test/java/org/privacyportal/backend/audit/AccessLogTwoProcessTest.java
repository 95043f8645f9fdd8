package org.privacyportal.backend.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestDatabase;

/** Two backend processes (this JVM and a second one) append to one database at the same time. */
class AccessLogTwoProcessTest {

  private static final int CHILD_ENTRIES = 600;
  private static final int THREADS = 4;
  private static final int PER_THREAD = 150;

  private final AuditDatabase db = AuditDatabase.get();

  @Test
  void writersInTwoJvmsKeepTheChainWhole() throws Exception {
    db.reset();
    HmacAccessLog log = new HmacAccessLog(AuditDatabase.KEY);
    TestDatabase server = TestDatabase.get();
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                AccessLogAppender.class.getName(),
                db.jdbcUrl(),
                server.user(),
                server.password(),
                "second-jvm",
                Integer.toString(CHILD_ENTRIES))
            .redirectErrorStream(true);
    builder
        .environment()
        .put(AccessLogKey.ENV, new String(AuditDatabase.KEY, StandardCharsets.UTF_8));
    Process child = builder.start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try (BufferedReader out =
                      new BufferedReader(
                          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    out.lines().forEach(lines::add);
                  } catch (java.io.IOException e) {
                    lines.add("read failed: " + e);
                  }
                });
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      String ready = lines.poll(30, TimeUnit.SECONDS);
      assertThat(ready).as("second JVM output").isEqualTo("READY");
      OutputStream go = child.getOutputStream();
      go.write("GO\n".getBytes(StandardCharsets.UTF_8));
      go.flush();
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String actor = "first-jvm-" + t;
        writers.add(pool.submit(() -> db.append(log, PER_THREAD, actor)));
      }
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("second JVM finished").isTrue();
      reader.join(5_000);
      assertThat(child.exitValue()).as("second JVM exit, output: %s", lines).isZero();
      assertThat(lines).contains("DONE " + CHILD_ENTRIES);
    } finally {
      pool.shutdownNow();
      child.destroyForcibly();
    }

    int total = CHILD_ENTRIES + THREADS * PER_THREAD;
    assertThat(db.verify()).isEqualTo(new VerificationResult(true, total, null, null));
    // The two processes really wrote at the same time: the second JVM's entries are not one block.
    long[] span = childSpan();
    assertThat(span[1] - span[0] + 1).isGreaterThan(CHILD_ENTRIES);
  }

  private long[] childSpan() throws Exception {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT MIN(seq), MAX(seq) FROM access_log WHERE actor_subject = 'second-jvm'")) {
      rows.next();
      return new long[] {rows.getLong(1), rows.getLong(2)};
    }
  }
}
