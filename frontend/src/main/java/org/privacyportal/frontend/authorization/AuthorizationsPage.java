package org.privacyportal.frontend.authorization;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of the {@code authorizations} category ({@code GET /patrons/{id}/authorizations}): the
 * authorizations the patron gave, newest first, without their text or code.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AuthorizationsPage(String category, int page, int size, long total, List<Row> items) {

  AuthorizationsPage {
    items = items == null ? List.of() : List.copyOf(items);
  }

  boolean hasPrevious() {
    return page > 0;
  }

  boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  /**
   * One authorization in the list, as the records category has it.
   *
   * @param signedByRole SELF or GUARDIAN
   * @param validUntil the moment it ends (the start of the day after its last day)
   * @param status SCHEDULED, ACTIVE, EXPIRED, REVOKED or ENDED_AT_MAJORITY
   * @param endsAtMajority the minor's birthday of majority when a guardian signed it, or null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Row(
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

    Row {
      categories = categories == null ? List.of() : List.copyOf(categories);
    }

    @Override
    public String toString() {
      return "Row[" + id + "]";
    }
  }
}
