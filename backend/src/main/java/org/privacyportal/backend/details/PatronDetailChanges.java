package org.privacyportal.backend.details;

import java.util.List;

/**
 * GET /api/v1/patrons/{id}/details/changes: the details the library has now, the request waiting
 * for staff (if any) and the latest decided or withdrawn ones, newest first.
 */
public record PatronDetailChanges(
    ContactDetails current, ChangeView pending, List<ChangeView> decided) {

  @Override
  public String toString() {
    return "PatronDetailChanges[pending=" + (pending != null) + ", decided=" + decided.size() + "]";
  }
}
