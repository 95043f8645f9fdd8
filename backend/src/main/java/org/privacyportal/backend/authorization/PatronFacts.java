package org.privacyportal.backend.authorization;

import java.time.LocalDate;

/** What an authorization's text says about a person on file: their name (and birth date). */
public record PatronFacts(String id, String firstName, String lastName, LocalDate birthDate) {

  String fullName() {
    return firstName + " " + lastName;
  }

  @Override
  public String toString() {
    return "PatronFacts[id=" + id + "]";
  }
}
