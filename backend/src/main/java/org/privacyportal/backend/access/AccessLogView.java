package org.privacyportal.backend.access;

import java.time.Instant;

/**
 * One entry of the `access_log` category: who saw the patron's records, when, which category and on
 * what ground. A guardian or a grantee appears by name, because the patron knows them and needs to
 * recognise them; a staff member by name too when the staff directory knows it (else by role
 * alone), with the branch of a desk lookup. The director acting under legal process appears by role
 * only: such a disclosure is made by the office, whoever holds it (docs/accesslog.md).
 *
 * @param ground GUARDIAN, WRITTEN_AUTHORIZATION, LIBRARY_BUSINESS or LEGAL_PROCESS
 * @param actorRole PATRON (guardian, grantee), STAFF or DIRECTOR, as the log recorded it
 * @param actorName the guardian's or grantee's name, or the staff member's, else null
 * @param branch the branch of a desk lookup, else null
 * @param reason the reason a staff member stated, else null
 * @param legalInstrument for LEGAL_PROCESS: COURT_ORDER, SUBPOENA, WARRANT, EMERGENCY, or INCIDENT
 *     for an incident disclosure; else null
 * @param granteeName for WRITTEN_AUTHORIZATION: whom the patron authorized (also when staff
 *     disclosed to them at the desk, and the actor is the staff member); else null
 */
public record AccessLogView(
    String id,
    Instant accessedAt,
    String category,
    String ground,
    String actorRole,
    String actorName,
    String branch,
    String reason,
    String legalInstrument,
    String granteeName) {

  @Override
  public String toString() {
    return "AccessLogView[id=" + id + "]";
  }
}
