package org.privacyportal.backend.details;

import org.privacyportal.backend.patron.Address;

/**
 * The contact details a patron may ask to change: e-mail address, phone number (E.164) and postal
 * address. Used for the patron's current values and for the values a request asks for; a value is
 * null when the patron has none (or, in a request, when it does not change it or removes it).
 */
public record ContactDetails(String email, String phone, Address address) {

  public static final ContactDetails NONE = new ContactDetails(null, null, null);

  /** Personal data: never in a log line. */
  @Override
  public String toString() {
    return "ContactDetails[...]";
  }
}
