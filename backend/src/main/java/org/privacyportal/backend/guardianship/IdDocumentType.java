package org.privacyportal.backend.guardianship;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of identification staff may record when they verify a guardian in person. Only the kind
 * is kept, never the document's number (docs/product.md section 5): there is no field for it.
 */
public enum IdDocumentType {
  DRIVERS_LICENSE,
  STATE_ID,
  PASSPORT,
  MILITARY_ID,
  TRIBAL_ID,
  OTHER_GOVERNMENT_ID;

  static Optional<IdDocumentType> parse(String value) {
    return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
  }

  static String allNames() {
    return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
  }
}
