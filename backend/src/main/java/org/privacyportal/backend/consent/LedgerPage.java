package org.privacyportal.backend.consent;

import java.util.List;

/**
 * One page of a patron's consent ledger, newest first.
 *
 * @param viewer SELF when the patron asks, GUARDIAN when their guardian does (the view words "you"
 *     by it)
 */
public record LedgerPage(String viewer, int page, int size, long total, List<LedgerEntry> items) {

  public LedgerPage {
    items = List.copyOf(items);
  }

  @Override
  public String toString() {
    return "LedgerPage[page=" + page + ", items=" + items.size() + "]";
  }
}
