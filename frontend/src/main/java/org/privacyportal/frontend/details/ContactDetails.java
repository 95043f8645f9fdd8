package org.privacyportal.frontend.details;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * E-mail address, phone number (E.164) and postal address as the backend returns them: the patron's
 * current details, or the new values a change request asks for (null where a field does not change,
 * or is to be removed).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactDetails(String email, String phone, Address address) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Address(String line1, String line2, String city, String region, String postalCode) {

    @Override
    public String toString() {
      return "Address[...]"; // personal data
    }
  }

  @Override
  public String toString() {
    return "ContactDetails[...]"; // personal data
  }
}
