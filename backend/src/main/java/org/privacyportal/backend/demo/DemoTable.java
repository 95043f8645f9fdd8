package org.privacyportal.backend.demo;

/**
 * The tables the demo data fills, parents before children: writing them in this order never breaks
 * a foreign key. The access log is not here: it is written only through the log itself.
 */
enum DemoTable {
  PATRON,
  GUARDIAN_LINK,
  LOAN,
  HOLD_REQUEST,
  FINE,
  ONLINE_SERVICE_USE,
  REFERENCE_CONSULTATION,
  EVENT_SIGNUP,
  CONSENT_ENTRY,
  TICKET,
  TICKET_MESSAGE;

  /** The table's name in the schema. */
  String sqlName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
