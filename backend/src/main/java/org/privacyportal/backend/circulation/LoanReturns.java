package org.privacyportal.backend.circulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.ibatis.executor.BatchExecutor;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.consent.ReadingHistory;

/**
 * The ILS sync's entry point for returned items, one return or a batch of them (a sync sends its
 * returns in batches). Reading history is off unless the patron opted in: then the loan is untied
 * from the patron at the very moment of its return, in the same transaction, so no returned loan is
 * ever stored with a patron who did not ask for it.
 *
 * <p>How a batch goes, in the caller's transaction: the returns are put in time order and a loan's
 * first return wins (a later one is a repeated message); the loans still checked out are looked up
 * (in key order from here on); their patrons are locked in id order, with the lock an opt-in change
 * takes ({@link ConsentMapper#lockPatrons}), so a change and a return for one patron happen one
 * after the other and two batches never wait for each other in a circle; then one UPDATE per chunk
 * marks the loans returned and unties each from its patron unless that patron's current
 * READING_HISTORY entry, read by that UPDATE under the lock, says it is on. A single return is a
 * batch of one.
 */
public final class LoanReturns {

  /** Loans per statement: the patron locks and the UPDATE's JSON stay small. */
  static final int CHUNK = 1_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DATETIME6 =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
  // The primary key's order (utf8mb4_unicode_ci compares these ASCII ids regardless of case).
  private static final Comparator<String> KEY_ORDER = String.CASE_INSENSITIVE_ORDER;

  private LoanReturns() {}

  /** One return as the ILS reports it. Loan ids are the ILS's: toString may print them. */
  public record Return(String loanId, Instant returnedAt) {
    public Return {
      Objects.requireNonNull(loanId, "loanId");
      Objects.requireNonNull(returnedAt, "returnedAt");
    }
  }

  /**
   * What a batch did.
   *
   * @param returned loans now returned (kept for their patron or anonymized, by the opt-in)
   * @param skipped returns of unknown or already returned loans, and repeats within the batch
   */
  public record Outcome(int returned, int skipped) {}

  /**
   * Records the return of a loan in the caller's session (the caller commits).
   *
   * @return false when there is no such loan, or it was already returned (a repeated sync message)
   */
  public static boolean recordReturn(SqlSession session, String loanId, Instant returnedAt) {
    return recordReturns(session, List.of(new Return(loanId, returnedAt))).returned() == 1;
  }

  /** Records a batch of returns in the caller's session (the caller commits). */
  public static Outcome recordReturns(SqlSession session, List<Return> returns) {
    CirculationMapper loans = session.getMapper(CirculationMapper.class);
    // In time order (ties: as sent), so that a loan's first return wins; later ones are repeats.
    List<Return> inTime = new ArrayList<>(returns);
    inTime.sort(Comparator.comparing(Return::returnedAt));
    Map<String, Instant> returnedAt = new TreeMap<>(KEY_ORDER);
    for (Return r : inTime) {
      returnedAt.putIfAbsent(r.loanId(), r.returnedAt());
    }
    // From here on in key order: each statement's rows lie close together in the table (measured
    // twice as fast as in time order), and the order in which different loans return changes
    // nothing.
    List<OpenLoan> open = new ArrayList<>(returnedAt.size());
    for (List<String> ids : chunks(new ArrayList<>(returnedAt.keySet()))) {
      open.addAll(loans.openLoans(ids));
    }
    open.sort(Comparator.comparing(OpenLoan::loanId, KEY_ORDER));
    lockPatrons(session, open);
    int returned = 0;
    for (List<OpenLoan> chunk : chunks(open)) {
      returned +=
          rowsChanged(session, loans.markReturned(json(chunk, returnedAt), ReadingHistory.CONSENT));
    }
    return new Outcome(returned, returns.size() - returned);
  }

  /** All of the batch's patrons, in key order across chunks too: every batch locks in one order. */
  private static void lockPatrons(SqlSession session, List<OpenLoan> open) {
    TreeSet<String> patrons = new TreeSet<>(KEY_ORDER);
    for (OpenLoan loan : open) {
      if (loan.patronId() != null) {
        patrons.add(loan.patronId());
      }
    }
    ConsentMapper consents = session.getMapper(ConsentMapper.class);
    for (List<String> chunk : chunks(new ArrayList<>(patrons))) {
      consents.lockPatrons(chunk);
    }
  }

  /**
   * The chunk as the UPDATE reads it (JSON_TABLE): [loan id, patron id, returned at]. With the
   * patron as looked up before the lock, the UPDATE touches only loans whose patron is locked.
   */
  private static String json(List<OpenLoan> chunk, Map<String, Instant> returnedAt) {
    List<Object[]> rows = new ArrayList<>(chunk.size());
    for (OpenLoan loan : chunk) {
      LocalDateTime utc =
          LocalDateTime.ofInstant(returnedAt.get(loan.loanId()), ZoneOffset.UTC)
              .truncatedTo(ChronoUnit.MICROS);
      rows.add(new Object[] {loan.loanId(), loan.patronId(), DATETIME6.format(utc)});
    }
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the returns as JSON", e);
    }
  }

  /**
   * An UPDATE's row count; a BATCH session queues statements, so its count comes with the flush.
   */
  static int rowsChanged(SqlSession session, int answer) {
    if (answer != BatchExecutor.BATCH_UPDATE_RETURN_VALUE) {
      return answer;
    }
    int rows = 0;
    for (BatchResult result : session.flushStatements()) {
      for (int count : result.getUpdateCounts()) {
        rows += Math.max(0, count);
      }
    }
    return rows;
  }

  static <T> List<List<T>> chunks(List<T> items) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += CHUNK) {
      chunks.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
    }
    return chunks;
  }
}
