package org.privacyportal.backend.demo;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.circulation.HoldCompletions;
import org.privacyportal.backend.circulation.HoldCompletions.Completion;
import org.privacyportal.backend.circulation.LoanReturns;
import org.privacyportal.backend.circulation.LoanReturns.Outcome;
import org.privacyportal.backend.circulation.LoanReturns.Return;
import org.privacyportal.backend.demo.DemoRows.Hold;
import org.privacyportal.backend.demo.DemoRows.Loan;

/**
 * The demo's returns, and the ends of its holds, on their way to the ILS sync's entry points:
 * queued as the generator hands them over, played in batches through {@link
 * LoanReturns#recordReturns} and {@link HoldCompletions#recordCompletions} once their loans, holds
 * and their patrons' consent ledgers are in the database. A sink plays them when enough are
 * playable, so a data set of millions of loans never holds more than one batch in memory.
 */
final class DemoReturns {

  /** What one play sends: returns and hold ends. */
  record Batch(List<Return> returns, List<Completion> holdsEnded) {
    int size() {
      return returns.size() + holdsEnded.size();
    }
  }

  private final List<Return> waiting = new ArrayList<>();
  private final List<Completion> waitingHolds = new ArrayList<>();
  private int playable;
  private int playableHolds;
  private long played;
  private long holdsEnded;

  void add(Loan returned) {
    waiting.add(new Return(returned.id(), returned.returnedAt().toInstant(ZoneOffset.UTC)));
  }

  void add(Hold ended) {
    waitingHolds.add(new Completion(ended.id(), ended.status()));
  }

  /** The returns and hold ends added so far may be played (DemoSink#returnsPlayable). */
  void markPlayable() {
    playable = waiting.size();
    playableHolds = waitingHolds.size();
  }

  /** How many are playable: returns and hold ends. */
  int playable() {
    return playable + playableHolds;
  }

  /**
   * Takes the playable ones out of the queue; with {@code all}, every waiting one (the data set is
   * complete).
   */
  Batch take(boolean all) {
    int count = all ? waiting.size() : playable;
    int holds = all ? waitingHolds.size() : playableHolds;
    List<Return> batch = List.copyOf(waiting.subList(0, count));
    List<Completion> ends = List.copyOf(waitingHolds.subList(0, holds));
    waiting.subList(0, count).clear();
    waitingHolds.subList(0, holds).clear();
    playable = 0;
    playableHolds = 0;
    return new Batch(batch, ends);
  }

  /**
   * Plays a batch in the session (the caller commits). Every return must find its loan checked out
   * and every end its hold active: the generator made each of them, so a skipped one is a bug, not
   * a repeated message.
   */
  void play(SqlSession session, Batch batch) {
    if (!batch.returns().isEmpty()) {
      Outcome outcome = LoanReturns.recordReturns(session, batch.returns());
      if (outcome.skipped() != 0) {
        throw new IllegalStateException(
            outcome.skipped()
                + " of "
                + batch.returns().size()
                + " demo returns found no checked-out loan");
      }
      played += outcome.returned();
    }
    if (!batch.holdsEnded().isEmpty()) {
      HoldCompletions.Outcome outcome =
          HoldCompletions.recordCompletions(session, batch.holdsEnded());
      if (outcome.skipped() != 0) {
        throw new IllegalStateException(
            outcome.skipped()
                + " of "
                + batch.holdsEnded().size()
                + " demo hold ends found no active hold");
      }
      holdsEnded += outcome.completed();
    }
  }

  /** Returns played so far. */
  long played() {
    return played;
  }

  /** Hold ends played so far. */
  long holdsEnded() {
    return holdsEnded;
  }
}
