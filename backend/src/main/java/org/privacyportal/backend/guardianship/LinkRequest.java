package org.privacyportal.backend.guardianship;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.privacyportal.backend.ticket.SystemMessage;

/**
 * What a patron typed when asking to be linked to a minor. It is never matched against the patron
 * records here: staff look the minor up at the desk, with the child's card in hand.
 *
 * @param minorCardNumber what the patron typed, or null
 * @param message anything else the patron wants staff to know, or null
 */
public record LinkRequest(
    String minorName,
    LocalDate minorBirthDate,
    String minorCardNumber,
    Relationship relationship,
    String message) {

  /** How the requester is related to the minor. */
  public enum Relationship {
    PARENT,
    LEGAL_GUARDIAN,
    OTHER;

    static Optional<Relationship> parse(String value) {
      return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }
  }

  /**
   * The ticket's first message: what the patron typed, as written, with the labels left to each
   * reader's language (the birth date as an ISO date, the relationship as its code).
   */
  SystemMessage ticketBody() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("minorName", minorName);
    params.put("minorBirthDate", minorBirthDate.toString());
    if (minorCardNumber != null) {
      params.put("minorCardNumber", minorCardNumber);
    }
    params.put("relationship", relationship.name());
    if (message == null) {
      return new SystemMessage(SystemMessage.GUARDIAN_LINK_REQUESTED, params);
    }
    params.put("message", message);
    return new SystemMessage(SystemMessage.GUARDIAN_LINK_REQUESTED_WITH_MESSAGE, params);
  }

  @Override
  public String toString() {
    return "LinkRequest[relationship=" + relationship + "]"; // names and numbers stay out of logs
  }
}
