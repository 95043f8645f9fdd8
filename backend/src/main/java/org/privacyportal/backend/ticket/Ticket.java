package org.privacyportal.backend.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A portal ticket about the patron, as the `tickets` category shows it: with its public messages
 * only. Internal staff notes are never part of the patron's records view.
 *
 * @param type   LOST_ITEM, RECORD_REQUEST, UPDATE_DETAILS, GUARDIAN_LINK, PRIVACY_QUESTION,
 *               LEGAL_REQUEST or CLOSE_ACCOUNT
 * @param status OPEN, IN_PROGRESS, WAITING_ON_PATRON, RESOLVED or CLOSED
 */
public record Ticket(
    String id,
    String type,
    String status,
    String subject,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt,
    List<TicketMessage> messages) {

  /** The mapper's constructor: the ticket without its messages, which come from another table. */
  public Ticket(String id, String type, String status, String subject, Instant createdAt, Instant updatedAt,
      Instant closedAt) {
    this(id, type, status, subject, createdAt, updatedAt, closedAt, List.of());
  }

  public Ticket {
    messages = List.copyOf(messages);
  }

  public Ticket withMessages(List<TicketMessage> thread) {
    return new Ticket(id, type, status, subject, createdAt, updatedAt, closedAt, thread);
  }

  @Override
  public String toString() {
    return "Ticket[id=" + id + "]";
  }
}
