package org.privacyportal.backend.desk;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The verification code printed on a written authorization, as staff type or scan it: spaces and
 * dashes are ignored and letters may be lower case, so "7kqm 4xta-..." finds "7KQM-4XTA-...".
 */
final class VerificationCode {

  /** Letters and digits once spaces and dashes are gone; the codes issued are 12 to 20 long. */
  private static final Pattern PLAIN = Pattern.compile("[0-9A-Z]{8,32}");

  private static final int GROUP = 4;

  private VerificationCode() {}

  /** The code in upper case without separators, if it can be a code at all. */
  static Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String plain = typed.replaceAll("[\\s\\-\u2010-\u2015]", "").toUpperCase(Locale.ROOT);
    return PLAIN.matcher(plain).matches() ? Optional.of(plain) : Optional.empty();
  }

  /**
   * The plain code in groups of four joined by "-", as printed: the stored form may be either, so
   * the lookup asks for both and still uses the unique index.
   */
  static String grouped(String plain) {
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < plain.length(); i += GROUP) {
      if (i > 0) {
        grouped.append('-');
      }
      grouped.append(plain, i, Math.min(plain.length(), i + GROUP));
    }
    return grouped.toString();
  }
}
