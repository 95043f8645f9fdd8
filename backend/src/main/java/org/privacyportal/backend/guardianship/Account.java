package org.privacyportal.backend.guardianship;

import java.time.LocalDate;

/**
 * An account the signed-in person may act for, as GET /api/v1/me/accounts lists it.
 *
 * @param relation SELF (their own) or GUARDIAN (a minor they guard today)
 */
public record Account(
    String patronId, String firstName, String lastName, String relation, LocalDate birthDate) {

  @Override
  public String toString() {
    return "Account[patronId=" + patronId + ", relation=" + relation + "]";
  }
}
