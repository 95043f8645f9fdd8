package org.privacyportal.frontend.authorization;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST .../written-authorizations}: the terms as previewed, the hash of the text
 * the patron read, the name they typed and their tick of the statement.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Signature(
    String granteeName,
    String granteeCardNumber,
    List<String> categories,
    boolean includeReadingHistory,
    String purpose,
    LocalDate validFrom,
    LocalDate validUntil,
    String language,
    String textHash,
    String typedName,
    boolean statementAccepted) {

  static Signature of(Terms terms, String textHash, String typedName, boolean statementAccepted) {
    return new Signature(
        terms.granteeName(),
        terms.granteeCardNumber(),
        terms.categories(),
        terms.includeReadingHistory(),
        terms.purpose(),
        terms.validFrom(),
        terms.validUntil(),
        terms.language(),
        textHash,
        typedName,
        statementAccepted);
  }

  @Override
  public String toString() {
    return "Signature[" + categories + "]"; // no names
  }
}
