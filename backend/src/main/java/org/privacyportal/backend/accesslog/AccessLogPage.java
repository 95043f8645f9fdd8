package org.privacyportal.backend.accesslog;

import java.util.List;

/** One page of a patron's access log, newest first: GET /api/v1/patrons/{id}/access-log. */
public record AccessLogPage(int page, int size, long total, List<AccessLogEntry> items) {

  public AccessLogPage {
    items = List.copyOf(items);
  }

  @Override
  public String toString() {
    return "AccessLogPage[page=" + page + ", items=" + items.size() + "]";
  }
}
