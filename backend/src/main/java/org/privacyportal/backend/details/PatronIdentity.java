package org.privacyportal.backend.details;

/** The name and card number staff see beside a request. */
public record PatronIdentity(String firstName, String lastName, String cardNumber) {

  public String fullName() {
    return (firstName + " " + lastName).strip();
  }

  @Override
  public String toString() {
    return "PatronIdentity[...]";
  }
}
