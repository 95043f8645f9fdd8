package org.privacyportal.backend.ticket;

import java.time.Instant;

/**
 * A ticket to open, with its first (public) message. Opened by the patron, their guardian, staff or
 * the system; {@code openedBySubject} is the Keycloak subject of whoever opened it.
 *
 * @param patronId the patron the ticket is about
 * @param type LOST_ITEM, RECORD_REQUEST, UPDATE_DETAILS, GUARDIAN_LINK, PRIVACY_QUESTION,
 *     LEGAL_REQUEST or CLOSE_ACCOUNT
 * @param authorRole PATRON, GUARDIAN, STAFF, DIRECTOR or SYSTEM: who wrote the first message
 * @param messageCode the first message's {@link SystemMessage} code when the portal wrote it, else
 *     null
 * @param messageParams its parameters as JSON, or null
 * @param subjectCode the subject's {@link TicketSubject} code when the portal wrote it, else null
 * @param subjectParams its parameters as JSON, or null
 */
public record NewTicket(
    String id,
    String patronId,
    String type,
    String subject,
    String openedBySubject,
    String authorRole,
    String body,
    Instant openedAt,
    String messageCode,
    String messageParams,
    String subjectCode,
    String subjectParams) {

  @Override
  public String toString() {
    return "NewTicket[id=" + id + ", type=" + type + "]"; // subject and body may hold personal data
  }
}
