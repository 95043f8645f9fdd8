package org.privacyportal.backend.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.vocabulary.Ground;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exports being prepared and waiting for download. Work runs on a small bounded pool (two
 * workers, a short queue; beyond that the caller is told to retry); each archive goes to a
 * temporary file, never memory, and is deleted once downloaded or {@link #KEEP} after it was
 * finished. At most one export per patron is gathering at a time: asking again returns the running
 * one. Jobs live in memory only: an archive is a copy, and a restart just means asking again.
 */
final class ExportJobs implements AutoCloseable {

  static final Duration KEEP = Duration.ofMinutes(15);
  private static final int WORKERS = 2;
  private static final int QUEUE = 16;
  private static final Logger LOG = LoggerFactory.getLogger(ExportJobs.class);

  /** Writes one job's archive; {@link ExportArchive} in production. */
  @FunctionalInterface
  interface ArchiveWriter {
    void write(ExportJob job, AuthenticatedUser user, OutputStream out) throws IOException;
  }

  private final ArchiveWriter archive;
  private final Clock clock;
  private final Path directory;
  private final Map<UUID, ExportJob> jobs = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService sweeper;

  ExportJobs(ArchiveWriter archive, Clock clock) {
    this.archive = archive;
    this.clock = clock;
    try {
      this.directory = Files.createTempDirectory("portal-exports-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.workers =
        new ThreadPoolExecutor(
            WORKERS,
            WORKERS,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            Thread.ofPlatform().name("export-", 0).daemon().factory());
    this.sweeper =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("export-sweeper").daemon().factory());
    sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.MINUTES);
  }

  /**
   * Starts an export of {@code patronId} for {@code user}, or returns the one already gathering.
   */
  synchronized ExportJob start(
      AuthenticatedUser user, String patronId, Ground ground, Locale locale) {
    Optional<ExportJob> running =
        jobs.values().stream()
            .filter(
                job -> job.patronId().equals(patronId) && job.state() == ExportJob.State.GATHERING)
            .findFirst();
    if (running.isPresent()) {
      if (running.get().requesterSubject().equals(user.subject())) {
        return running.get();
      }
      // the patron and their guardian at once: the other's job id is not theirs to see
      throw ApiProblem.conflict(
          "export-in-progress",
          "An archive of this account is already being prepared."
              + " Please try again in a few minutes.");
    }
    ExportJob job = new ExportJob(patronId, user.subject(), ground, locale, directory);
    jobs.put(job.id(), job);
    try {
      workers.execute(() -> run(job, user));
    } catch (RejectedExecutionException e) {
      jobs.remove(job.id());
      throw ApiProblem.unavailable(
          "export-workers",
          "Many archives are being prepared right now. Please try again in a minute.",
          60);
    }
    return job;
  }

  /**
   * The job with this id if it was started by this requester for this patron; anything else is
   * none.
   */
  Optional<ExportJob> find(String exportId, String patronId, String requesterSubject) {
    UUID id;
    try {
      id = UUID.fromString(exportId);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(jobs.get(id))
        .filter(job -> job.belongsTo(patronId, requesterSubject));
  }

  /** The archive was downloaded in full: it is not kept any longer. */
  void delivered(ExportJob job) {
    discard(job);
  }

  /** Deletes the archives finished more than {@link #KEEP} ago. */
  void sweep() {
    var limit = clock.instant().minus(KEEP);
    for (ExportJob job : jobs.values()) {
      if (job.finishedAt() != null && job.finishedAt().isBefore(limit)) {
        discard(job);
      }
    }
  }

  private void run(ExportJob job, AuthenticatedUser user) {
    try (OutputStream out = Files.newOutputStream(job.file())) {
      archive.write(job, user, out);
    } catch (Exception | OutOfMemoryError e) {
      // ids and the failure's kind only: an exception message could hold a record's text
      LOG.warn("export {} failed: {}", job.id(), e.getClass().getName());
      deleteFile(job);
      job.finish(ExportJob.State.FAILED, clock.instant());
      return;
    }
    job.finish(ExportJob.State.READY, clock.instant());
  }

  private void discard(ExportJob job) {
    jobs.remove(job.id());
    deleteFile(job);
  }

  private static void deleteFile(ExportJob job) {
    try {
      Files.deleteIfExists(job.file());
    } catch (IOException e) {
      LOG.warn("export {} could not be deleted: {}", job.id(), e.getClass().getName());
    }
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
    workers.shutdownNow();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    jobs.values().forEach(this::discard);
    try (var files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.warn("export directory could not be removed: {}", e.getClass().getName());
    }
  }
}
