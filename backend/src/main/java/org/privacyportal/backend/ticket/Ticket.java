package org.privacyportal.backend.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A portal ticket about the patron, as the `tickets` category shows it: with its public messages
 * only. Internal staff notes are never part of the patron's records view.
 *
 * @param type LOST_ITEM, RECORD_REQUEST, UPDATE_DETAILS, GUARDIAN_LINK, PRIVACY_QUESTION,
 *     LEGAL_REQUEST or CLOSE_ACCOUNT
 * @param status OPEN, IN_PROGRESS, WAITING_ON_PATRON, RESOLVED or CLOSED
 * @param subject the subject; for one the portal wrote, its English text
 * @param subjectCode for a subject the portal wrote, its {@link TicketSubject} code (the reader's
 *     language comes from it); else absent
 * @param subjectParams the code's parameters (codes and ISO values); absent without a code
 */
public record Ticket(
    String id,
    String type,
    String status,
    String subject,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt,
    List<TicketMessage> messages,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String subjectCode,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> subjectParams) {

  /** The mapper's constructor: the ticket without its messages, which come from another table. */
  public Ticket(
      String id,
      String type,
      String status,
      String subject,
      Instant createdAt,
      Instant updatedAt,
      Instant closedAt,
      String subjectCode,
      String subjectParams) {
    this(
        id,
        type,
        status,
        subject,
        createdAt,
        updatedAt,
        closedAt,
        List.of(),
        subjectCode,
        SystemMessage.paramsFrom(subjectParams));
  }

  public Ticket {
    messages = List.copyOf(messages);
    subjectParams = subjectParams == null ? Map.of() : Map.copyOf(subjectParams);
  }

  public Ticket withMessages(List<TicketMessage> thread) {
    return new Ticket(
        id,
        type,
        status,
        subject,
        createdAt,
        updatedAt,
        closedAt,
        thread,
        subjectCode,
        subjectParams);
  }

  @Override
  public String toString() {
    return "Ticket[id=" + id + "]";
  }
}
