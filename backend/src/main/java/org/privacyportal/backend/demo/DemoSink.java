package org.privacyportal.backend.demo;

import org.privacyportal.backend.demo.DemoRows.Row;

/** Where the generator's rows go: the database (BatchInsertSink) or, in tests, anywhere else. */
interface DemoSink {

  void add(Row row);

  /** Writes whatever is still buffered. */
  void finish();
}
