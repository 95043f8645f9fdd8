package org.privacyportal.backend.accesslog;

import java.time.Instant;

/**
 * One entry of the patron's access log page: the entry as {@link org.privacyportal.backend.access.AccessLogView}
 * has it, plus the privacy question the patron has open about it, if any. Codes, not words: the
 * frontend translates them.
 *
 * @param actorRole        PATRON (a guardian or grantee: see {@code ground}), STAFF or DIRECTOR
 * @param actorName        the guardian's, grantee's or staff member's name, else null (role only)
 * @param legalInstrument  for LEGAL_PROCESS: COURT_ORDER, SUBPOENA, WARRANT, EMERGENCY or INCIDENT
 * @param granteeName      for WRITTEN_AUTHORIZATION: whom the patron authorized, else null
 * @param questionTicketId the open PRIVACY_QUESTION ticket about this entry, else null
 */
public record AccessLogEntry(
    String id,
    Instant accessedAt,
    String category,
    String ground,
    String actorRole,
    String actorName,
    String branch,
    String reason,
    String legalInstrument,
    String granteeName,
    String questionTicketId) {

  @Override
  public String toString() {
    return "AccessLogEntry[id=" + id + "]"; // names and reasons are personal data
  }
}
