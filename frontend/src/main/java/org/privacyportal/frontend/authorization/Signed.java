package org.privacyportal.frontend.authorization;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** The backend's answer to a signature: the new authorization and its verification code. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Signed(
    String id,
    String verificationCode,
    LocalDate validFrom,
    LocalDate validUntil,
    List<String> categories,
    String consentEntryId) {

  @Override
  public String toString() {
    return "Signed[" + id + "]"; // never the code
  }
}
