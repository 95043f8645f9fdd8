package org.privacyportal.backend.ticket;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * A public message of a ticket's thread. The author is given by role only.
 *
 * @param authorRole PATRON, GUARDIAN, STAFF, DIRECTOR or SYSTEM
 */
public record TicketMessage(@JsonIgnore String ticketId, String id, String authorRole, String body,
    Instant createdAt) {

  @Override
  public String toString() {
    return "TicketMessage[id=" + id + "]";
  }
}
