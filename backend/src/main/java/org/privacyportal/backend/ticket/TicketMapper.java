package org.privacyportal.backend.ticket;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.privacyportal.backend.vocabulary.RecordQuery;

/** Tickets: the `tickets` category and the facts the access rule needs (library business). */
public interface TicketMapper {

  long countTickets(RecordQuery query);

  /** Newest first, then by id; without messages (see {@link #publicMessagesOf}). */
  List<Ticket> tickets(RecordQuery query);

  /** The PUBLIC messages of these tickets, oldest first within a ticket. */
  List<TicketMessage> publicMessagesOf(@Param("ids") List<String> ticketIds);

  /**
   * Type, status and assignee of this ticket if it is about this patron, else null (the access
   * rule).
   */
  TicketForAccess findForAccess(
      @Param("ticketId") String ticketId, @Param("patronId") String patronId);

  /** Use {@link Tickets#open}: it writes the ticket and its first message together. */
  void insertTicket(NewTicket ticket);

  void insertFirstMessage(@Param("t") NewTicket ticket, @Param("messageId") String messageId);

  // ---- status changes and replies (update-my-details decisions) ----

  /**
   * Sets the ticket's status; RESOLVED and CLOSED also set closed_at. Returns the rows changed (0:
   * no such ticket).
   */
  int updateStatus(
      @Param("ticketId") String ticketId,
      @Param("status") String status,
      @Param("at") java.time.Instant at);

  /** Adds a PUBLIC message the portal wrote (a decision) to the ticket's thread, with its code. */
  void insertSystemReply(
      @Param("ticketId") String ticketId,
      @Param("messageId") String messageId,
      @Param("authorSubject") String authorSubject,
      @Param("authorRole") String authorRole,
      @Param("m") SystemMessage message,
      @Param("at") java.time.Instant at);

  /** Adds a PUBLIC message to the ticket's thread. */
  void insertReply(
      @Param("ticketId") String ticketId,
      @Param("messageId") String messageId,
      @Param("authorSubject") String authorSubject,
      @Param("authorRole") String authorRole,
      @Param("body") String body,
      @Param("at") java.time.Instant at);
}
