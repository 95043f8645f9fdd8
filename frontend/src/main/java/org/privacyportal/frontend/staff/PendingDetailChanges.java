package org.privacyportal.frontend.staff;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.privacyportal.frontend.details.ContactDetails;

/**
 * The staff list as the backend returns it: how many requests are pending, and the oldest ones,
 * each with the patron's name and card number and, for the fields it changes, the current and the
 * new values.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PendingDetailChanges(long pending, List<Item> items) {

  public PendingDetailChanges {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /**
   * @param requestedBy SELF or GUARDIAN
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Item(
      String id,
      String patronName,
      String cardNumber,
      String requestedBy,
      Instant requestedAt,
      List<String> changed,
      ContactDetails current,
      ContactDetails requested) {

    public Item {
      changed = changed == null ? List.of() : List.copyOf(changed);
    }

    @Override
    public String toString() {
      return "Item[id=" + id + "]"; // name and card number are personal data
    }
  }
}
