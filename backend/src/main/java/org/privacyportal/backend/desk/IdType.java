package org.privacyportal.backend.desk;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The type of photo identification a grantee showed at the desk before staff disclose what a
 * written authorization covers (docs/desk.md). The type only: the library keeps no document number,
 * which would be one more piece of personal data to protect and is not needed to show that someone
 * looked.
 */
public enum IdType {
  DRIVERS_LICENSE,
  STATE_ID,
  PASSPORT,
  MILITARY_ID,
  TRIBAL_ID,
  CONSULAR_ID,
  OTHER_PHOTO_ID;

  /** The type named {@code code}, exactly as written (upper case), if there is one. */
  public static Optional<IdType> parse(String code) {
    return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
  }

  /** "DRIVERS_LICENSE, STATE_ID, ..." for problem details. */
  public static String allNames() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
