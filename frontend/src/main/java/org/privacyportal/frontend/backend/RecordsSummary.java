package org.privacyportal.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/patrons/{id}/summary}: the categories the signed-in user may see, with counts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecordsSummary(String patronId, List<CategorySummary> categories) {

  public RecordsSummary {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /**
   * @param category the category's wire name, e.g. "loan_history"
   * @param nextDue the earliest due date of current loans (only for "loans"), else null
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CategorySummary(String category, long count, LocalDate nextDue) {}
}
