package org.privacyportal.backend.guardianship;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a patron typed when asking to be linked to a minor. It is never matched against the patron
 * records here: staff look the minor up at the desk, with the child's card in hand.
 *
 * @param minorCardNumber what the patron typed, or null
 * @param message         anything else the patron wants staff to know, or null
 */
public record LinkRequest(String minorName, LocalDate minorBirthDate, String minorCardNumber,
    Relationship relationship, String message) {

  /** How the requester is related to the minor. */
  public enum Relationship {
    PARENT,
    LEGAL_GUARDIAN,
    OTHER;

    static Optional<Relationship> parse(String value) {
      return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }
  }

  /** The ticket's first message: what the patron typed, in plain lines for staff to read. */
  String ticketBody() {
    StringBuilder body = new StringBuilder()
        .append("Child's name: ").append(minorName).append('\n')
        .append("Child's birth date: ").append(minorBirthDate).append('\n')
        .append("Child's card number: ").append(minorCardNumber == null ? "(not given)" : minorCardNumber).append('\n')
        .append("Relationship: ").append(relationship.name());
    if (message != null) {
      body.append('\n').append("Message: ").append(message);
    }
    return body.toString();
  }

  @Override
  public String toString() {
    return "LinkRequest[relationship=" + relationship + "]"; // names and numbers stay out of logs
  }
}
