package org.privacyportal.frontend.guardians;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * One account the signed-in person may act for, as {@code GET /api/v1/me/accounts} lists it.
 *
 * @param relation SELF (their own) or GUARDIAN (a minor they guard today)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountChoice(
    String patronId, String firstName, String lastName, String relation, LocalDate birthDate) {

  public boolean isOwn() {
    return "SELF".equals(relation);
  }

  public String fullName() {
    return (nonNull(firstName) + " " + nonNull(lastName)).strip();
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  @Override
  public String toString() {
    return "AccountChoice[relation=" + relation + "]"; // names stay out of logs
  }
}
