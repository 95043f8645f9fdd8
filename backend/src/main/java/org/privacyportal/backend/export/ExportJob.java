package org.privacyportal.backend.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * One export being prepared or waiting to be downloaded. Its id is random and is only ever answered
 * to the requester who started it, for the patron it was started for. Progress fields are written
 * by the worker thread and read by status requests.
 */
final class ExportJob {

  enum State {
    GATHERING,
    READY,
    FAILED
  }

  private final UUID id = UUID.randomUUID();
  private final String patronId;
  private final String requesterSubject;
  private final Ground ground;
  private final Locale locale;
  private final Path file;
  private final int categoriesTotal = Category.values().length;
  private final AtomicInteger categoriesDone = new AtomicInteger();
  private final AtomicLong recordsGathered = new AtomicLong();
  private volatile State state = State.GATHERING;
  private volatile Category current;
  private volatile Instant finishedAt;

  ExportJob(
      String patronId, String requesterSubject, Ground ground, Locale locale, Path directory) {
    this.patronId = patronId;
    this.requesterSubject = requesterSubject;
    this.ground = ground;
    this.locale = locale;
    this.file = directory.resolve(id + ".zip");
  }

  UUID id() {
    return id;
  }

  String patronId() {
    return patronId;
  }

  String requesterSubject() {
    return requesterSubject;
  }

  Ground ground() {
    return ground;
  }

  Locale locale() {
    return locale;
  }

  Path file() {
    return file;
  }

  State state() {
    return state;
  }

  Instant finishedAt() {
    return finishedAt;
  }

  boolean belongsTo(String patron, String requester) {
    return patronId.equals(patron) && requesterSubject.equals(requester);
  }

  void gathering(Category category) {
    current = category;
  }

  void gathered(int records) {
    recordsGathered.addAndGet(records);
  }

  void categoryDone() {
    categoriesDone.incrementAndGet();
  }

  void finish(State outcome, Instant at) {
    finishedAt = at;
    current = null;
    state = outcome;
  }

  ExportStatus status() {
    Category category = current;
    return new ExportStatus(
        id.toString(),
        state.name(),
        category == null ? null : category.wireName(),
        categoriesDone.get(),
        categoriesTotal,
        recordsGathered.get());
  }

  @Override
  public String toString() {
    return "ExportJob[id=" + id + ", state=" + state + "]";
  }
}
