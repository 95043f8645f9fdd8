package org.privacyportal.frontend.accesslog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of the patron's access log, newest first. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AccessLogPage(int page, int size, long total, List<AccessLogEntry> items) {

  AccessLogPage {
    items = items == null ? List.of() : List.copyOf(items);
  }

  boolean hasPrevious() {
    return page > 0;
  }

  boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
