package org.privacyportal.backend.ticket;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;

/**
 * A public message of a ticket's thread. The author is given by role only.
 *
 * @param authorRole PATRON, GUARDIAN, STAFF, DIRECTOR or SYSTEM
 * @param body the text; for a message the portal wrote, its English text
 * @param messageCode for a message the portal wrote, its {@link SystemMessage} code (the reader's
 *     language comes from it); else absent
 * @param messageParams the code's parameters (e.g. "reason"); absent without a code
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TicketMessage(
    @JsonIgnore String ticketId,
    String id,
    String authorRole,
    String body,
    Instant createdAt,
    String messageCode,
    Map<String, String> messageParams) {

  /** The mapper's constructor: the parameters as stored (a JSON object, or null). */
  public TicketMessage(
      String ticketId,
      String id,
      String authorRole,
      String body,
      Instant createdAt,
      String messageCode,
      String messageParams) {
    this(
        ticketId,
        id,
        authorRole,
        body,
        createdAt,
        messageCode,
        SystemMessage.paramsFrom(messageParams));
  }

  public TicketMessage {
    messageParams = messageParams == null ? Map.of() : Map.copyOf(messageParams);
  }

  @Override
  public String toString() {
    return "TicketMessage[id=" + id + "]";
  }
}
