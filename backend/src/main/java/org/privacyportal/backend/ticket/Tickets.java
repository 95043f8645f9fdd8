package org.privacyportal.backend.ticket;

import java.time.Instant;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;

/**
 * The one way to open a portal ticket: the ticket and its first public message, in the caller's
 * transaction (so a request and its ticket are written together or not at all).
 */
public final class Tickets {

  private Tickets() {}

  /**
   * Opens an OPEN ticket about {@code patronId} whose first message {@code body} a person wrote;
   * returns its id.
   */
  public static String open(
      SqlSession session,
      String patronId,
      String type,
      String subject,
      String openedBySubject,
      String authorRole,
      String body,
      Instant now) {
    return open(
        session,
        new NewTicket(
            UUID.randomUUID().toString(),
            patronId,
            type,
            subject,
            openedBySubject,
            authorRole,
            body,
            now,
            null,
            null,
            null,
            null));
  }

  /**
   * Opens an OPEN ticket whose first message the portal wrote (shown in each reader's language).
   */
  public static String open(
      SqlSession session,
      String patronId,
      String type,
      String subject,
      String openedBySubject,
      String authorRole,
      SystemMessage message,
      Instant now) {
    return open(
        session,
        new NewTicket(
            UUID.randomUUID().toString(),
            patronId,
            type,
            subject,
            openedBySubject,
            authorRole,
            message.english(),
            now,
            message.code(),
            message.paramsJson(),
            null,
            null));
  }

  /**
   * Opens an OPEN ticket with a subject the portal wrote, whose first message {@code body} a person
   * wrote.
   */
  public static String open(
      SqlSession session,
      String patronId,
      String type,
      TicketSubject subject,
      String openedBySubject,
      String authorRole,
      String body,
      Instant now) {
    return open(
        session,
        new NewTicket(
            UUID.randomUUID().toString(),
            patronId,
            type,
            subject.english(),
            openedBySubject,
            authorRole,
            body,
            now,
            null,
            null,
            subject.code(),
            subject.paramsJson()));
  }

  /**
   * Opens an OPEN ticket whose subject and first message the portal wrote (shown in each reader's
   * language).
   */
  public static String open(
      SqlSession session,
      String patronId,
      String type,
      TicketSubject subject,
      String openedBySubject,
      String authorRole,
      SystemMessage message,
      Instant now) {
    return open(
        session,
        new NewTicket(
            UUID.randomUUID().toString(),
            patronId,
            type,
            subject.english(),
            openedBySubject,
            authorRole,
            message.english(),
            now,
            message.code(),
            message.paramsJson(),
            subject.code(),
            subject.paramsJson()));
  }

  private static String open(SqlSession session, NewTicket ticket) {
    TicketMapper mapper = session.getMapper(TicketMapper.class);
    mapper.insertTicket(ticket);
    mapper.insertFirstMessage(ticket, UUID.randomUUID().toString());
    return ticket.id();
  }
}
