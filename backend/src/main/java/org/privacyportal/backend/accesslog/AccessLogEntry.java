package org.privacyportal.backend.accesslog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.privacyportal.backend.access.AccessLogView;

/**
 * One entry of the patron's access log page: the entry as the {@code access_log} category shows it
 * ({@link AccessLogView}: who, when, which category, on what ground), plus the privacy question the
 * patron has open about it, if any. In JSON the view's fields stand at the top level, before {@code
 * questionTicketId}. Codes, not words: the frontend translates them.
 *
 * @param questionTicketId the open PRIVACY_QUESTION ticket about this entry, else null
 */
public record AccessLogEntry(@JsonUnwrapped AccessLogView entry, String questionTicketId) {

  @Override
  public String toString() {
    return "AccessLogEntry[id=" + entry.id() + "]"; // names and reasons are personal data
  }
}
