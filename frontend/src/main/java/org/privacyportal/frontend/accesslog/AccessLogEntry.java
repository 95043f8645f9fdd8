package org.privacyportal.frontend.accesslog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * One entry of {@code GET /api/v1/patrons/{id}/access-log/entries}: codes the view translates, and
 * the names the backend chose to show.
 *
 * @param actorRole PATRON (a guardian or grantee), STAFF or DIRECTOR
 * @param actorName who acted, by name, or null (role only)
 * @param legalInstrument COURT_ORDER, SUBPOENA, WARRANT, EMERGENCY or INCIDENT, for legal process
 * @param granteeName whom the patron authorized in writing, for WRITTEN_AUTHORIZATION
 * @param questionTicketId the open question about this entry, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AccessLogEntry(
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

  AccessLogEntry withQuestion(String ticketId) {
    return new AccessLogEntry(
        id,
        accessedAt,
        category,
        ground,
        actorRole,
        actorName,
        branch,
        reason,
        legalInstrument,
        granteeName,
        ticketId);
  }

  @Override
  public String toString() {
    return "AccessLogEntry[id=" + id + "]"; // names and reasons stay out of logs
  }
}
