package org.privacyportal.backend.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.privacyportal.backend.demo.DemoRows.ConsentEntry;
import org.privacyportal.backend.demo.DemoRows.Hold;
import org.privacyportal.backend.demo.DemoRows.Loan;
import org.privacyportal.backend.demo.DemoRows.Row;

/**
 * The generator's rows in memory, and the returns and hold ends it hands to the ILS entry points
 * apart from them. Fails at once when the generator breaks the sink's contract: a loan added as
 * returned or a hold added as ended (end state written instead of a return or an end), or a consent
 * entry for a patron whose returns were already declared playable (the entry point would have read
 * an incomplete ledger).
 */
final class RecordingSink implements DemoSink {

  final List<Row> rows = new ArrayList<>();
  final List<Loan> returns = new ArrayList<>();
  final List<Hold> holdsEnded = new ArrayList<>();
  private final Set<String> waiting = new HashSet<>();
  private final Set<String> playable = new HashSet<>();

  @Override
  public void add(Row row) {
    if (row instanceof Loan loan && loan.returnedAt() != null) {
      throw new AssertionError(
          "a loan written as returned, not returned through the ILS entry point: " + loan);
    }
    if (row instanceof Hold hold && hold.ended()) {
      throw new AssertionError(
          "a hold written as ended, not ended through the ILS entry point: " + hold);
    }
    if (row instanceof ConsentEntry entry && playable.contains(entry.patronId())) {
      throw new AssertionError(
          "a consent entry after the patron's returns became playable: " + entry);
    }
    rows.add(row);
  }

  @Override
  public void addReturned(Loan returned) {
    rows.add(returned.open());
    returns.add(returned);
    waiting.add(returned.patronId());
  }

  @Override
  public void addEnded(Hold ended) {
    rows.add(ended.open());
    holdsEnded.add(ended);
    waiting.add(ended.patronId());
  }

  @Override
  public void returnsPlayable() {
    playable.addAll(waiting);
    waiting.clear();
  }

  @Override
  public void finish() {}
}
