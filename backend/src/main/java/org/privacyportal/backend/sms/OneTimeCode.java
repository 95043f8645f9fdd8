package org.privacyportal.backend.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The six-digit code that confirms a mobile number. Only a salted HMAC of it is stored, so the
 * database alone does not show a live code to whoever reads it; a comparison takes the same time
 * whichever digit differs.
 */
final class OneTimeCode {

  static final int DIGITS = 6;
  private static final int SALT_BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What is stored of a code. */
  record Hashed(byte[] salt, byte[] hash) {}

  private OneTimeCode() {}

  /** Six random digits, leading zeros included. */
  static String generate() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  /** True for exactly six ASCII digits. */
  static boolean wellFormed(String code) {
    return code != null
        && code.length() == DIGITS
        && code.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  static Hashed hash(String code) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return new Hashed(salt, hmac(salt, code));
  }

  /** Constant-time comparison of the code typed with the stored hash. */
  static boolean matches(String code, byte[] salt, byte[] hash) {
    return MessageDigest.isEqual(hmac(salt, code), hash);
  }

  private static byte[] hmac(byte[] salt, String code) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(salt, "HmacSHA256"));
      return mac.doFinal(code.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
