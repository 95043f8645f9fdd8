package org.privacyportal.backend.authorization;

import java.time.Instant;
import java.util.List;

/**
 * A written authorization as stored, text and code included: what its owner sees ({@code GET
 * .../written-authorizations/{id}}) and prints. Never part of the `authorizations` category others
 * may read ({@link WrittenAuthorization}).
 *
 * @param signedByRole SELF or GUARDIAN
 * @param validUntil the first instant it no longer counts (the day after its last day, 00:00
 *     library time, for the ones signed in the portal)
 * @param categories wire names, sorted
 */
public record SignedAuthorization(
    String id,
    String patronId,
    String signedByRole,
    String granteeName,
    String granteePatronId,
    String purpose,
    Instant validFrom,
    Instant validUntil,
    Instant revokedAt,
    String signedText,
    String contentHash,
    String verificationCode,
    String language,
    String signerTypedName,
    Instant signedAt,
    List<String> categories) {

  /** The mapper's constructor: the row without its categories. */
  public SignedAuthorization(
      String id,
      String patronId,
      String signedByRole,
      String granteeName,
      String granteePatronId,
      String purpose,
      Instant validFrom,
      Instant validUntil,
      Instant revokedAt,
      String signedText,
      String contentHash,
      String verificationCode,
      String language,
      String signerTypedName,
      Instant signedAt) {
    this(
        id,
        patronId,
        signedByRole,
        granteeName,
        granteePatronId,
        purpose,
        validFrom,
        validUntil,
        revokedAt,
        signedText,
        contentHash,
        verificationCode,
        language,
        signerTypedName,
        signedAt,
        List.of());
  }

  public SignedAuthorization {
    categories = List.copyOf(categories);
  }

  SignedAuthorization withCategories(List<String> covered) {
    return new SignedAuthorization(
        id,
        patronId,
        signedByRole,
        granteeName,
        granteePatronId,
        purpose,
        validFrom,
        validUntil,
        revokedAt,
        signedText,
        contentHash,
        verificationCode,
        language,
        signerTypedName,
        signedAt,
        covered);
  }

  boolean signedByGuardian() {
    return "GUARDIAN".equals(signedByRole);
  }

  @Override
  public String toString() {
    return "SignedAuthorization[id=" + id + "]";
  }
}
