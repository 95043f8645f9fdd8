package org.privacyportal.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/patrons/{id}/{category}}: one page of a category, newest first. The items stay
 * plain JSON objects: each category has its own fields, and the view shows whatever the backend
 * sent.
 *
 * @param page the page number, from 0
 * @param total how many entries the category holds in all
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecordPage(
    String category, int page, int size, long total, List<Map<String, Object>> items) {

  public RecordPage {
    items = items == null ? List.of() : List.copyOf(items);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
