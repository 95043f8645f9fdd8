package org.privacyportal.frontend.consents;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** One page of the consent ledger as {@code /api/v1/patrons/{id}/consents/ledger} returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LedgerPage(String viewer, int page, int size, long total, List<Entry> items) {

  LedgerPage {
    items = items == null ? List.of() : List.copyOf(items);
  }

  boolean hasPrevious() {
    return page > 0;
  }

  boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  /**
   * One entry; {@code actorName} is a guardian's name, shown to the patron and the guardian only.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Entry(
      String id,
      String consent,
      boolean previous,
      boolean granted,
      String actorRole,
      String actorName,
      boolean byYou,
      String policyVersion,
      String channel,
      Instant recordedAt) {

    @Override
    public String toString() {
      return "Entry[" + id + ", " + consent + "]";
    }
  }
}
