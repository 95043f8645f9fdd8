package org.privacyportal.backend.demo;

import org.privacyportal.backend.demo.DemoRows.Row;

/**
 * Where the generator's rows go: the database (BatchInsertSink, LoadDataSink) or, in tests,
 * anywhere else.
 */
interface DemoSink {

  /**
   * A row as it stands. A loan added here is still checked out: returned loans come through {@link
   * #addReturned}.
   */
  void add(Row row);

  /**
   * A loan its patron has returned. The sink writes it checked out to the patron, never as
   * returned, and later sends its return through the ILS sync's entry point ({@link
   * org.privacyportal.backend.circulation.LoanReturns}), which keeps it for the patron or
   * anonymizes it by their reading-history opt-in, as it does with real returns.
   */
  void addReturned(DemoRows.Loan returned);

  /**
   * A hold that has ended (fulfilled, cancelled or expired). The sink writes it active, and later
   * sends its end through the ILS sync's entry point ({@link
   * org.privacyportal.backend.circulation.HoldCompletions}), which keeps its title for the patron
   * or removes it by their reading-history opt-in, with the returns.
   */
  void addEnded(DemoRows.Hold ended);

  /**
   * Every row of the patrons whose returns (and ended holds) were added so far has been added,
   * their consent ledger included: from now on those may be played (the entry points read the
   * ledger).
   */
  void returnsPlayable();

  /** Writes whatever is still buffered and plays every return still waiting. */
  void finish();
}
