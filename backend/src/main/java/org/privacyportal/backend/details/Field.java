package org.privacyportal.backend.details;

import java.util.Locale;

/** The fields a change request can change; {@link #wireName()} is the name in JSON. */
public enum Field {
  EMAIL,
  PHONE,
  ADDRESS;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
