package org.privacyportal.backend.authorization;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The verification code of a written authorization (docs/authorizations.md): what the grantee shows
 * at the desk, on paper or as a QR code. Twenty characters drawn by a {@link SecureRandom} from an
 * alphabet of 30 without look-alikes (no 0 O 1 I L U), about 98 bits; stored as the twenty
 * characters, shown in five groups of four joined by "-" to be read aloud. What someone types is
 * normalized first (case, spaces and dashes ignored).
 */
public final class VerificationCode {

  /** Digits and capitals that cannot be mistaken for one another: no 0 O 1 I L, and no U (V). */
  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

  public static final int LENGTH = 20;
  public static final int GROUP = 4;

  /** How many fresh codes to draw before giving up when each one is already taken. */
  static final int MAX_DRAWS = 5;

  private static final Pattern STORED = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
  private static final Pattern IGNORED = Pattern.compile("[\\s-]+");

  private final RandomGenerator random;

  /** Codes from a {@link SecureRandom}. */
  public VerificationCode() {
    this(new SecureRandom());
  }

  /** Codes from this generator (tests pass a fixed one). */
  VerificationCode(RandomGenerator random) {
    this.random = random;
  }

  /** A fresh code, as stored (twenty characters, no dashes). */
  String draw() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * A fresh code no authorization has yet ({@code taken} asks the database; the unique key stays
   * the last word). A collision is astronomically unlikely; after {@link #MAX_DRAWS} of them in a
   * row the generator is broken, and signing fails rather than reuse a code.
   */
  String unused(Predicate<String> taken) {
    for (int i = 0; i < MAX_DRAWS; i++) {
      String code = draw();
      if (!taken.test(code)) {
        return code;
      }
    }
    throw new IllegalStateException("no unused verification code after " + MAX_DRAWS + " draws");
  }

  /** The bits of randomness in one code: {@code LENGTH * log2(alphabet size)}. */
  static double entropyBits() {
    return LENGTH * Math.log(ALPHABET.length()) / Math.log(2);
  }

  /** The stored code in groups of four: {@code 7KQM-4XTA-...}. */
  public static String grouped(String code) {
    StringBuilder shown = new StringBuilder(LENGTH + LENGTH / GROUP);
    for (int i = 0; i < code.length(); i += GROUP) {
      if (i > 0) {
        shown.append('-');
      }
      shown.append(code, i, Math.min(code.length(), i + GROUP));
    }
    return shown.toString();
  }

  /**
   * What someone typed or scanned, as stored: upper case, spaces and dashes removed; empty unless
   * that is exactly twenty characters of the alphabet.
   */
  public static Optional<String> normalize(String typed) {
    if (typed == null || typed.length() > 4 * LENGTH) {
      return Optional.empty();
    }
    String code = IGNORED.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
    return STORED.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }
}
