package org.privacyportal.backend.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.support.SettableClock;
import org.privacyportal.backend.vocabulary.Ground;

/** The export jobs: one gathering per patron, ids tied to patron and requester, files deleted. */
class ExportJobsTest {

  private static final AuthenticatedUser PATRON = user("patron-subject");
  private static final AuthenticatedUser GUARDIAN = user("guardian-subject");

  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T15:00:00Z"));
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<ExportJobs> opened = new ArrayList<>();

  @AfterEach
  void close() {
    release.countDown();
    opened.forEach(ExportJobs::close);
  }

  private ExportJobs jobs(ExportJobs.ArchiveWriter writer) {
    ExportJobs jobs = new ExportJobs(writer, clock);
    opened.add(jobs);
    return jobs;
  }

  private ExportJobs blocking() {
    return jobs(
        (job, user, out) -> {
          try {
            release.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          out.write(new byte[] {1, 2, 3});
        });
  }

  @Test
  void aSecondStartWhileGatheringReturnsTheRunningJob() throws Exception {
    ExportJobs jobs = blocking();

    ExportJob first = jobs.start(PATRON, "p1", Ground.SELF, Locale.ENGLISH);
    ExportJob second = jobs.start(PATRON, "p1", Ground.SELF, Locale.ENGLISH);

    assertThat(second).isSameAs(first);
    assertThat(first.status().state()).isEqualTo("GATHERING");
    release.countDown();
    awaitState(first, ExportJob.State.READY);
    assertThat(Files.readAllBytes(first.file())).containsExactly(1, 2, 3);
    assertThat(jobs.start(PATRON, "p1", Ground.SELF, Locale.ENGLISH)).isNotSameAs(first);
  }

  @Test
  void someoneElseStartingForTheSamePatronMeanwhileIsAConflictWithoutTheId() {
    ExportJobs jobs = blocking();
    ExportJob running = jobs.start(GUARDIAN, "minor", Ground.GUARDIAN, Locale.ENGLISH);

    assertThatThrownBy(() -> jobs.start(PATRON, "minor", Ground.SELF, Locale.ENGLISH))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.problem().status()).isEqualTo(409);
              assertThat(problem.problem().detail()).doesNotContain(running.id().toString());
            });
  }

  @Test
  void aJobIsFoundOnlyByItsPatronAndRequester() {
    ExportJobs jobs = blocking();
    ExportJob job = jobs.start(GUARDIAN, "minor", Ground.GUARDIAN, Locale.ENGLISH);
    String id = job.id().toString();

    assertThat(jobs.find(id, "minor", GUARDIAN.subject())).containsSame(job);
    assertThat(jobs.find(id, "minor", PATRON.subject())).isEmpty();
    assertThat(jobs.find(id, "other", GUARDIAN.subject())).isEmpty();
    assertThat(jobs.find("not-a-uuid", "minor", GUARDIAN.subject())).isEmpty();
    assertThat(jobs.find(java.util.UUID.randomUUID().toString(), "minor", GUARDIAN.subject()))
        .isEmpty();
  }

  @Test
  void aFailedJobLeavesNoFileAndSaysFailed() throws Exception {
    ExportJobs jobs =
        jobs(
            (job, user, out) -> {
              out.write(new byte[100]);
              throw new java.io.IOException("Title: Secret Diary of Ana");
            });

    ExportJob job = jobs.start(PATRON, "p1", Ground.SELF, Locale.ENGLISH);

    awaitState(job, ExportJob.State.FAILED);
    assertThat(job.status().state()).isEqualTo("FAILED");
    assertThat(Files.exists(job.file())).isFalse();
  }

  @Test
  void aDownloadedOrExpiredArchiveIsDeleted() throws Exception {
    ExportJobs jobs = jobs((job, user, out) -> out.write(7));
    ExportJob downloaded = jobs.start(PATRON, "p1", Ground.SELF, Locale.ENGLISH);
    ExportJob kept = jobs.start(PATRON, "p2", Ground.SELF, Locale.ENGLISH);
    awaitState(downloaded, ExportJob.State.READY);
    awaitState(kept, ExportJob.State.READY);

    jobs.delivered(downloaded);
    assertThat(Files.exists(downloaded.file())).isFalse();
    assertThat(jobs.find(downloaded.id().toString(), "p1", PATRON.subject())).isEmpty();

    clock.set(clock.instant().plus(ExportJobs.KEEP).minusSeconds(1));
    jobs.sweep();
    assertThat(Files.exists(kept.file())).isTrue();
    clock.set(clock.instant().plusSeconds(2));
    jobs.sweep();
    assertThat(Files.exists(kept.file())).isFalse();
    assertThat(jobs.find(kept.id().toString(), "p2", PATRON.subject())).isEmpty();
  }

  @Test
  void whenThePoolAndQueueAreFullTheCallerIsToldToRetry() {
    ExportJobs jobs = blocking();
    List<ApiProblem> refused = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      try {
        jobs.start(PATRON, "patron-" + i, Ground.SELF, Locale.ENGLISH);
      } catch (ApiProblem problem) {
        refused.add(problem);
      }
    }
    // two workers and a queue of sixteen: the others are refused, nothing is lost silently
    assertThat(refused).hasSize(30 - 2 - 16);
    assertThat(refused.getFirst().problem().status()).isEqualTo(503);
    assertThat(refused.getFirst().headers()).containsEntry("Retry-After", "60");
  }

  private static void awaitState(ExportJob job, ExportJob.State state) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (job.state() != state && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertThat(job.state()).isEqualTo(state);
  }

  private static AuthenticatedUser user(String subject) {
    return new AuthenticatedUser(subject, Set.of(), null, Instant.parse("2030-01-01T00:00:00Z"));
  }
}
