package org.privacyportal.backend.authorization;

import java.time.Instant;

/**
 * A signed authorization to insert (its categories are rows of their own).
 *
 * @param signedBySubject the Keycloak account that signed (the patron's, or the guardian's)
 * @param guardianPatronId the guardian's patron record when a guardian signed for a minor, else
 *     null
 * @param authTime when the signer last signed in at Keycloak (the token's auth_time)
 */
public record NewAuthorization(
    String id,
    String patronId,
    String signedByRole,
    String signedBySubject,
    String guardianPatronId,
    String granteeName,
    String granteePatronId,
    String purpose,
    Instant validFrom,
    Instant validUntil,
    String signedText,
    String contentHash,
    String verificationCode,
    String language,
    String signerTypedName,
    Instant authTime,
    Instant signedAt,
    String grantEntryId) {

  @Override
  public String toString() {
    return "NewAuthorization[id=" + id + "]";
  }
}
