package org.privacyportal.backend.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

class HmacAccessLogTest {

  private final AuditDatabase db = AuditDatabase.get();
  private final HmacAccessLog log = new HmacAccessLog(AuditDatabase.KEY);

  @BeforeEach
  void emptyLog() {
    db.reset();
  }

  @Test
  void emptyLogIsIntact() {
    assertThat(db.verify()).isEqualTo(new VerificationResult(true, 0, null, null));
  }

  @Test
  void appendedEntriesVerifyAndKeepTheirValues() {
    Instant at = Instant.parse("2026-03-01T14:15:16.123456789Z");
    AccessEntry entry =
        new AccessEntry(
            UUID.randomUUID().toString(),
            Category.LOAN_HISTORY,
            Ground.LIBRARY_BUSINESS,
            "staff-subject",
            "STAFF",
            "patron-subject",
            UUID.randomUUID().toString(),
            "lost card at the desk, ñ and 😀",
            at,
            null);
    try (SqlSession session = db.sessions().openSession()) {
      log.append(session, entry);
      session.commit();
    }
    db.append(log, 9, "guardian-subject");

    assertThat(db.verify()).isEqualTo(new VerificationResult(true, 10, null, null));
    try (SqlSession session = db.sessions().openSession()) {
      AccessLogRow first = session.getMapper(AccessLogMapper.class).page(0, 1).getFirst();
      assertThat(first.seq()).isEqualTo(1);
      assertThat(first.prevHmac()).isEqualTo(ChainMac.GENESIS);
      assertThat(first.category()).isEqualTo("loan_history");
      assertThat(first.ground()).isEqualTo("LIBRARY_BUSINESS");
      assertThat(first.reason()).isEqualTo(entry.reason());
      assertThat(first.accessedAt()).hasToString("2026-03-01T14:15:16.123456"); // UTC, micros
      assertThat(first.id())
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
      assertThat(session.getMapper(AccessLogMapper.class).head().lastSeq()).isEqualTo(10);
    }
  }

  @Test
  void rolledBackAppendLeavesNoEntryAndNoGap() {
    db.append(log, 2, "staff-a");
    try (SqlSession session = db.sessions().openSession()) {
      log.append(session, AuditDatabase.entry("staff-b", 1));
      session.rollback();
    }
    assertThat(db.count()).isEqualTo(2);
    assertThat(db.verify()).isEqualTo(new VerificationResult(true, 2, null, null));

    db.append(log, 1, "staff-c");
    assertThat(db.verify()).isEqualTo(new VerificationResult(true, 3, null, null));
  }

  @Test
  void entriesThatWouldNotVerifyAreRefusedBeforeTheLog() {
    try (SqlSession session = db.sessions().openSession()) {
      AccessEntry self =
          new AccessEntry(
              UUID.randomUUID().toString(),
              Category.LOANS,
              Ground.SELF,
              "patron",
              "PATRON",
              null,
              null,
              null,
              Instant.now(),
              null);
      assertThatThrownBy(() -> log.append(session, self))
          .isInstanceOf(IllegalArgumentException.class);
      AccessEntry longReason =
          new AccessEntry(
              UUID.randomUUID().toString(),
              Category.LOANS,
              Ground.LIBRARY_BUSINESS,
              "staff",
              "STAFF",
              null,
              null,
              "x".repeat(501),
              Instant.now(),
              null);
      assertThatThrownBy(() -> log.append(session, longReason))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("reason is longer than 500 characters");
      AccessEntry paddedRef =
          new AccessEntry(
              UUID.randomUUID().toString(),
              Category.LOANS,
              Ground.LIBRARY_BUSINESS,
              "staff",
              "STAFF",
              null,
              "ticket-1 ",
              null,
              Instant.now(),
              null);
      assertThatThrownBy(() -> log.append(session, paddedRef))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(db.count()).isZero();
  }

  @Test
  void concurrentWritersWithTheirOwnSessionsKeepTheChainWhole() throws Exception {
    int threads = 8;
    int perThread = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String actor = "writer-" + t;
      writers.add(
          pool.submit(
              () -> {
                start.await();
                db.append(log, perThread, actor);
                return null;
              }));
    }
    long began = System.nanoTime();
    start.countDown();
    for (Future<?> writer : writers) {
      writer.get(60, TimeUnit.SECONDS);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    pool.shutdown();

    long began2 = System.nanoTime();
    VerificationResult result = db.verify();
    double verifySeconds = (System.nanoTime() - began2) / 1e9;
    System.out.printf(
        "access log: %d appends by %d threads in %.2f s (%.0f/s); verified in %.3f s%n",
        threads * perThread, threads, seconds, threads * perThread / seconds, verifySeconds);
    assertThat(result).isEqualTo(new VerificationResult(true, threads * perThread, null, null));
    assertThat(db.count()).isEqualTo(threads * perThread);
  }
}
