package org.privacyportal.backend.patron;

import java.time.LocalDate;

/**
 * The {@code profile} category of a patron's records, as GET /api/v1/me returns it.
 *
 * @param id the random public id (never the row order)
 * @param phone E.164, e.g. +13375550142
 */
public record PatronProfile(
    String id,
    String firstName,
    String lastName,
    String cardNumber,
    LocalDate birthDate,
    String email,
    String phone,
    Address address,
    AccountType accountType,
    LocalDate expiresOn) {

  /** Records hold personal data; keep it out of any log line that prints an object. */
  @Override
  public String toString() {
    return "PatronProfile[id=" + id + "]";
  }
}
