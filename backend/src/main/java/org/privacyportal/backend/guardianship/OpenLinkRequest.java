package org.privacyportal.backend.guardianship;

import java.time.Instant;

/**
 * An undecided request to be linked to a minor, as the staff list shows it: who asked (by name and
 * card, for the check at the desk) and what they typed (the ticket's first public message).
 *
 * @param status OPEN, IN_PROGRESS or WAITING_ON_PATRON
 */
public record OpenLinkRequest(
    String ticketId,
    String status,
    Instant openedAt,
    String requesterId,
    String requesterFirstName,
    String requesterLastName,
    String requesterCardNumber,
    String request) {

  @Override
  public String toString() {
    return "OpenLinkRequest[ticketId=" + ticketId + "]";
  }
}
