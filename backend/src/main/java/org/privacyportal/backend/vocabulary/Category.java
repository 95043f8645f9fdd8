package org.privacyportal.backend.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The categories of a patron's records (docs/product.md section 2). Each is a unit of access
 * control, of authorization scope and of export. {@link #wireName()} is the name used in URLs, JSON
 * and the database.
 */
public enum Category {
  PROFILE,
  LOANS,
  LOAN_HISTORY,
  HOLDS,
  FINES,
  ONLINE_SERVICES,
  REFERENCE,
  EVENTS,
  CONSENTS,
  AUTHORIZATIONS,
  TICKETS,
  ACCESS_LOG;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The category named {@code wireName} (e.g. "loan_history"), if there is one. */
  public static Optional<Category> fromWireName(String wireName) {
    return Arrays.stream(values()).filter(c -> c.wireName().equals(wireName)).findFirst();
  }
}
