package org.privacyportal.backend.desk;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The verification code of a written authorization as staff type or scan it at the desk: spaces and
 * dashes are ignored and letters may be lower case, so "7kqm 4xta-..." finds "7KQM-4XTA-...". Wider
 * than {@code authorization.VerificationCode.normalize}, which accepts the twenty characters of
 * codes issued now only: authorizations stored before V17 keep the shorter codes they were printed
 * with (grouped with dashes), and those papers must still be checked.
 */
final class TypedCode {

  /** Letters and digits once spaces and dashes are gone. */
  private static final Pattern PLAIN = Pattern.compile("[0-9A-Z]{8,32}");

  private TypedCode() {}

  /** The code in upper case without separators, if it can be a code at all. */
  static Optional<String> normalize(String typed) {
    if (typed == null || typed.length() > 100) {
      return Optional.empty();
    }
    String plain = typed.replaceAll("[\\s\\-\u2010-\u2015]", "").toUpperCase(Locale.ROOT);
    return PLAIN.matcher(plain).matches() ? Optional.of(plain) : Optional.empty();
  }
}
