package org.privacyportal.frontend.authorization;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the patron asks to authorize, as {@code POST .../written-authorizations/preview} takes it.
 * Reading history is never among {@code categories}: only {@code includeReadingHistory} adds it.
 *
 * @param granteeCardNumber the grantee's library card, or null (left out of the JSON)
 * @param language "en" or "es": the language of the generated text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Terms(
    String granteeName,
    String granteeCardNumber,
    List<String> categories,
    boolean includeReadingHistory,
    String purpose,
    LocalDate validFrom,
    LocalDate validUntil,
    String language)
    implements Serializable {

  Terms {
    categories = List.copyOf(categories);
  }

  @Override
  public String toString() {
    return "Terms[" + categories + ", " + validFrom + ".." + validUntil + "]"; // no names
  }
}
