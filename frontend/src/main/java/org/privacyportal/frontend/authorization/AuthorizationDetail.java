package org.privacyportal.frontend.authorization;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One authorization as its signer sees it ({@code GET .../written-authorizations/{aid}}): the
 * terms, the status, the signed text and the verification code.
 *
 * @param validUntil the last day, inclusive
 * @param status SCHEDULED, ACTIVE, EXPIRED, REVOKED or ENDED_AT_MAJORITY
 * @param language "en" or "es": the language the text was signed in
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AuthorizationDetail(
    String id,
    String granteeName,
    boolean granteeHasCard,
    String purpose,
    List<String> categories,
    LocalDate validFrom,
    LocalDate validUntil,
    LocalDate endsAtMajority,
    String status,
    Instant revokedAt,
    Instant signedAt,
    String signerRole,
    String text,
    String textHash,
    String verificationCode,
    String language) {

  AuthorizationDetail {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  @Override
  public String toString() {
    return "AuthorizationDetail[" + id + ", " + status + "]";
  }
}
