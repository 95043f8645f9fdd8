package org.privacyportal.backend.records;

import java.util.List;

/**
 * One page of a category of a patron's records, as GET /api/v1/patrons/{id}/{category} returns it.
 *
 * @param category the category's wire name
 * @param total how many rows the category holds for the reader (all pages)
 * @param items this page's rows, newest first, then by id
 */
public record RecordPage(String category, int page, int size, long total, List<?> items) {

  public RecordPage {
    items = List.copyOf(items);
  }

  @Override
  public String toString() {
    return "RecordPage[category=" + category + ", page=" + page + ", items=" + items.size() + "]";
  }
}
