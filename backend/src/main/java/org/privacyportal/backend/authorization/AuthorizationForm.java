package org.privacyportal.backend.authorization;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.privacyportal.backend.http.Language;
import org.privacyportal.backend.vocabulary.Category;

/**
 * What the patron (or guardian) filled in for a written authorization, read and checked field by
 * field ({@link AuthorizationForms}); the checks that need the database (the grantee's card, the
 * signer's name) are the service's. Public for the demo data, which signs its authorizations
 * through the same service (demo/DemoAuthorizations).
 *
 * @param granteeCardNumber null when the grantee has no card (or the patron did not give it)
 * @param categories the categories, sorted, with {@code loan_history} when the patron ticked it
 * @param validFrom null for today
 * @param validUntil null for {@link Authorizations#DEFAULT_DAYS} days after the start
 */
public record AuthorizationForm(
    String granteeName,
    String granteeCardNumber,
    List<Category> categories,
    String purpose,
    LocalDate validFrom,
    LocalDate validUntil,
    Language language) {

  public AuthorizationForm {
    Objects.requireNonNull(granteeName, "granteeName");
    categories = categories.stream().sorted().distinct().toList();
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(language, "language");
  }

  /** The signature added to the form: what the signer saw, typed and ticked. */
  public record Signature(String textHash, String typedName) {

    @Override
    public String toString() {
      return "Signature[hash=" + textHash + "]";
    }
  }

  @Override
  public String toString() {
    return "AuthorizationForm[" + categories + " " + validFrom + ".." + validUntil + "]";
  }
}
