package org.privacyportal.backend.demo;

import org.privacyportal.backend.demo.DemoRows.Row;

/** Where the generator's rows go: the database (BatchInsertSink) or, in tests, anywhere else. */
interface DemoSink {

  void add(Row row);

  /**
   * A loan the ILS reports as returned. A sink that can, checks it out and then returns it through the
   * ILS sync's entry point ({@link org.privacyportal.backend.circulation.LoanReturns}), which keeps or
   * anonymizes it by the patron's opt-in; the default writes the end state directly (bulk loads, tests).
   */
  default void addReturnedThroughIls(DemoRows.Loan returned) {
    add(returned);
  }

  /** Writes whatever is still buffered. */
  void finish();
}
