package org.privacyportal.frontend.details;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The patron's current details, the request waiting for staff (or null) and the latest decided
 * ones.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DetailChanges(
    ContactDetails current, ChangeRequest pending, List<ChangeRequest> decided) {

  public DetailChanges {
    decided = decided == null ? List.of() : List.copyOf(decided);
  }
}
