package org.privacyportal.frontend.accesslog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Locale;

/** The answer to a question about an entry: its ticket, new or the one already open. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AccessLogQuestion(String ticketId, String entryId, boolean created) {

  /** The short reference shown to the patron: the ticket id's first eight characters. */
  String reference() {
    return ticketId == null
        ? ""
        : ticketId.substring(0, Math.min(8, ticketId.length())).toUpperCase(Locale.ROOT);
  }
}
