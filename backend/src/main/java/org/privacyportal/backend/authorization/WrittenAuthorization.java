package org.privacyportal.backend.authorization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A written authorization the patron (or their guardian) granted to a third party, as the
 * `authorizations` category shows it. The signed text, its hash and the desk verification code stay
 * out of this view: the owner's page and the printable document are where they belong.
 *
 * @param signedByRole SELF or GUARDIAN
 * @param categories the categories it covers (wire names), sorted
 * @param status where it stands now ({@link AuthorizationStatus}), null until {@link #withStatus}
 * @param endsAtMajority the birthday of majority, for one a guardian signed whose period reaches it
 */
public record WrittenAuthorization(
    String id,
    String granteeName,
    String purpose,
    String signedByRole,
    Instant validFrom,
    Instant validUntil,
    Instant revokedAt,
    Instant createdAt,
    List<String> categories,
    String status,
    LocalDate endsAtMajority) {

  /** The mapper's constructor: the row without its categories, which come from another table. */
  public WrittenAuthorization(
      String id,
      String granteeName,
      String purpose,
      String signedByRole,
      Instant validFrom,
      Instant validUntil,
      Instant revokedAt,
      Instant createdAt) {
    this(
        id,
        granteeName,
        purpose,
        signedByRole,
        validFrom,
        validUntil,
        revokedAt,
        createdAt,
        List.of(),
        null,
        null);
  }

  public WrittenAuthorization {
    categories = List.copyOf(categories);
  }

  public WrittenAuthorization withCategories(List<String> covered) {
    return new WrittenAuthorization(
        id,
        granteeName,
        purpose,
        signedByRole,
        validFrom,
        validUntil,
        revokedAt,
        createdAt,
        covered,
        status,
        endsAtMajority);
  }

  public WrittenAuthorization withStatus(AuthorizationStatus now) {
    return new WrittenAuthorization(
        id,
        granteeName,
        purpose,
        signedByRole,
        validFrom,
        validUntil,
        revokedAt,
        createdAt,
        categories,
        now.status(),
        now.endsAtMajority());
  }

  @Override
  public String toString() {
    return "WrittenAuthorization[id=" + id + "]";
  }
}
