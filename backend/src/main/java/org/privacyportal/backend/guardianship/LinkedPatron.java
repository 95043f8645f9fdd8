package org.privacyportal.backend.guardianship;

import java.time.LocalDate;

/**
 * The patron at the other end of an ACTIVE guardian link: a ward (seen from the guardian) or a
 * guardian (seen from the minor).
 *
 * @param verified staff checked the guardian's identification
 */
public record LinkedPatron(
    String linkId,
    String patronId,
    String firstName,
    String lastName,
    LocalDate birthDate,
    boolean verified) {

  @Override
  public String toString() {
    return "LinkedPatron[linkId=" + linkId + "]";
  }
}
