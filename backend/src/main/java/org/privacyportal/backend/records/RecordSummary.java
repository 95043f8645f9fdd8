package org.privacyportal.backend.records;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard of a patron's records (GET /api/v1/patrons/{id}/summary): one entry per category
 * the caller may see.
 */
public record RecordSummary(String patronId, List<CategoryCount> categories) {

  /**
   * @param category its wire name
   * @param count rows in the category (as the list endpoint's total)
   * @param nextDue the earliest due date of the current loans (`loans` only), else null
   */
  public record CategoryCount(String category, long count, LocalDate nextDue) {}

  public RecordSummary {
    categories = List.copyOf(categories);
  }
}
