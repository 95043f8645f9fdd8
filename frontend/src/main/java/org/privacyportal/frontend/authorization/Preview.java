package org.privacyportal.frontend.authorization;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The backend's generated text of an authorization not yet signed, and the terms it settled
 * (defaults filled in).
 *
 * @param signerRole SELF, or GUARDIAN for a guardian signing for a minor
 * @param endsAtMajority the minor's 18th birthday when it falls before {@code validUntil}, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Preview(
    String text,
    String textHash,
    String language,
    String signerRole,
    LocalDate validFrom,
    LocalDate validUntil,
    LocalDate endsAtMajority,
    List<String> categories)
    implements Serializable {

  Preview {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  @Override
  public String toString() {
    return "Preview[" + signerRole + ", " + categories + "]"; // the text names people
  }
}
