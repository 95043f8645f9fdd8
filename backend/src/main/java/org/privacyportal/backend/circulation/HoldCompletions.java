package org.privacyportal.backend.circulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.consent.ReadingHistory;

/**
 * The ILS sync's entry point for holds that end: fulfilled (picked up), cancelled or expired. What
 * a finished hold was for is reading history (docs/consents.md): unless the patron opted in, its
 * title and author are removed at the very moment it ends, in the same transaction, as a loan is
 * untied from the patron at its return ({@link LoanReturns}). The hold itself stays, with its
 * dates, branch, format and status.
 *
 * <p>A batch goes as LoanReturns' does: a hold's first completion in the batch wins; the holds
 * still active are looked up; their patrons are locked in id order with the lock an opt-in change
 * takes ({@link ConsentMapper#lockPatrons}); then one UPDATE per chunk ends them, reading each
 * patron's current READING_HISTORY entry under that lock.
 */
public final class HoldCompletions {

  /** How a hold can end. */
  public static final Set<String> FINISHED = Set.of("FULFILLED", "CANCELLED", "EXPIRED");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Comparator<String> KEY_ORDER = String.CASE_INSENSITIVE_ORDER;

  private HoldCompletions() {}

  /** One hold ending, as the ILS reports it. Hold ids are the ILS's: toString may print them. */
  public record Completion(String holdId, String status) {
    public Completion {
      Objects.requireNonNull(holdId, "holdId");
      if (!FINISHED.contains(status)) {
        throw new IllegalArgumentException(
            "A hold ends FULFILLED, CANCELLED or EXPIRED, not " + status);
      }
    }
  }

  /**
   * What a batch did.
   *
   * @param completed holds now ended (their title kept for the patron or removed, by the opt-in)
   * @param skipped unknown holds, holds already ended, and repeats within the batch
   */
  public record Outcome(int completed, int skipped) {}

  /**
   * Ends one hold in the caller's session (the caller commits); false when it is unknown or already
   * ended.
   */
  public static boolean recordCompletion(SqlSession session, String holdId, String status) {
    return recordCompletions(session, List.of(new Completion(holdId, status))).completed() == 1;
  }

  /** Ends a batch of holds in the caller's session (the caller commits). */
  public static Outcome recordCompletions(SqlSession session, List<Completion> completions) {
    CirculationMapper holds = session.getMapper(CirculationMapper.class);
    Map<String, String> status = new LinkedHashMap<>();
    for (Completion c : completions) {
      status.putIfAbsent(c.holdId(), c.status());
    }
    List<String> ids = new ArrayList<>(status.keySet());
    ids.sort(KEY_ORDER);
    List<ActiveHold> active = new ArrayList<>(ids.size());
    for (List<String> chunk : LoanReturns.chunks(ids)) {
      active.addAll(holds.activeHolds(chunk));
    }
    active.sort(Comparator.comparing(ActiveHold::holdId, KEY_ORDER));
    TreeSet<String> patrons = new TreeSet<>(KEY_ORDER);
    active.forEach(h -> patrons.add(h.patronId()));
    ConsentMapper consents = session.getMapper(ConsentMapper.class);
    for (List<String> chunk : LoanReturns.chunks(new ArrayList<>(patrons))) {
      consents.lockPatrons(chunk);
    }
    int completed = 0;
    for (List<ActiveHold> chunk : LoanReturns.chunks(active)) {
      completed +=
          LoanReturns.rowsChanged(
              session, holds.markHoldsFinished(json(chunk, status), ReadingHistory.CONSENT));
    }
    return new Outcome(completed, completions.size() - completed);
  }

  /** The chunk as the UPDATE reads it (JSON_TABLE): [hold id, patron id, status]. */
  private static String json(List<ActiveHold> chunk, Map<String, String> status) {
    List<Object[]> rows = new ArrayList<>(chunk.size());
    for (ActiveHold hold : chunk) {
      rows.add(new Object[] {hold.holdId(), hold.patronId(), status.get(hold.holdId())});
    }
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the hold completions as JSON", e);
    }
  }
}
