package org.privacyportal.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** The signed-in patron as {@code GET /api/v1/me} returns it; shown as is, never altered. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Patron(
    String id,
    String firstName,
    String lastName,
    String cardNumber,
    LocalDate birthDate,
    String email,
    String phone,
    Address address,
    String accountType,
    LocalDate expiresOn) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Address(
      String line1, String line2, String city, String region, String postalCode) {}

  /** First and last name as the backend returned them, separated by one space. */
  public String fullName() {
    return String.join(" ", nonNull(firstName), nonNull(lastName)).strip();
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
