package org.privacyportal.backend.ticket;

import java.time.Instant;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;

/**
 * The one way to open a portal ticket: the ticket and its first public message, in the caller's
 * transaction (so a request and its ticket are written together or not at all).
 */
public final class Tickets {

  private Tickets() {
  }

  /** Opens an OPEN ticket about {@code patronId}; returns its id. */
  public static String open(SqlSession session, String patronId, String type, String subject, String openedBySubject,
      String authorRole, String body, Instant now) {
    NewTicket ticket = new NewTicket(UUID.randomUUID().toString(), patronId, type, subject, openedBySubject,
        authorRole, body, now);
    TicketMapper mapper = session.getMapper(TicketMapper.class);
    mapper.insertTicket(ticket);
    mapper.insertFirstMessage(ticket, UUID.randomUUID().toString());
    return ticket.id();
  }
}
