package org.privacyportal.backend.demo;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.circulation.LoanReturns;
import org.privacyportal.backend.circulation.LoanReturns.Outcome;
import org.privacyportal.backend.circulation.LoanReturns.Return;
import org.privacyportal.backend.demo.DemoRows.Loan;

/**
 * The demo's returns on their way to the ILS sync's entry point: queued as the generator hands
 * them over, played in batches through {@link LoanReturns#recordReturns} once their loans and
 * their patrons' consent ledgers are in the database. A sink plays them when enough are playable,
 * so a data set of millions of loans never holds more than one batch in memory.
 */
final class DemoReturns {

  private final List<Return> waiting = new ArrayList<>();
  private int playable;
  private long played;

  void add(Loan returned) {
    waiting.add(new Return(returned.id(), returned.returnedAt().toInstant(ZoneOffset.UTC)));
  }

  /** The returns added so far may be played (DemoSink#returnsPlayable). */
  void markPlayable() {
    playable = waiting.size();
  }

  int playable() {
    return playable;
  }

  /** Takes the playable returns out of the queue; with {@code all}, every waiting one (the data set is complete). */
  List<Return> take(boolean all) {
    int count = all ? waiting.size() : playable;
    List<Return> batch = List.copyOf(waiting.subList(0, count));
    waiting.subList(0, count).clear();
    playable = 0;
    return batch;
  }

  /**
   * Plays a batch in the session (the caller commits). Every return must find its loan checked out:
   * the generator made each of them, so a skipped one is a bug, not a repeated message.
   */
  void play(SqlSession session, List<Return> batch) {
    if (batch.isEmpty()) {
      return;
    }
    Outcome outcome = LoanReturns.recordReturns(session, batch);
    if (outcome.skipped() != 0) {
      throw new IllegalStateException(outcome.skipped() + " of " + batch.size()
          + " demo returns found no checked-out loan");
    }
    played += outcome.returned();
  }

  /** Returns played so far. */
  long played() {
    return played;
  }
}
