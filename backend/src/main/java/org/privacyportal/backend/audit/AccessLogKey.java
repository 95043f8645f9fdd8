package org.privacyportal.backend.audit;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The secret that keys the access log's HMAC chain, read from {@value #ENV}. The backend and the
 * command-line verifier both read it through here, so the same text always gives the same key.
 */
public final class AccessLogKey {

  /** The environment variable holding the key. */
  public static final String ENV = "PORTAL_ACCESS_LOG_KEY";

  /** 32 characters of random text give at least the 256 bits of an HMAC-SHA256 key. */
  public static final int MIN_LENGTH = 32;

  private AccessLogKey() {}

  /**
   * The key bytes of a configured value: its UTF-8 bytes, taken as they are (no trimming, so the
   * backend and the verifier cannot disagree about white space).
   *
   * @throws IllegalArgumentException naming the variable (never its value) when it is missing,
   *     blank or shorter than {@value #MIN_LENGTH} characters
   */
  public static byte[] parse(String value) {
    if (value == null || value.isBlank()) {
      throw invalid("must be set to a secret of at least " + MIN_LENGTH + " characters");
    }
    if (value.codePointCount(0, value.length()) < MIN_LENGTH) {
      throw invalid("must be at least " + MIN_LENGTH + " characters long");
    }
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** The key configured in these environment variables. */
  public static byte[] from(Map<String, String> env) {
    return parse(env.get(ENV));
  }

  private static IllegalArgumentException invalid(String problem) {
    return new IllegalArgumentException("Configuration error: " + ENV + " " + problem);
  }
}
