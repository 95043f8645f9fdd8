package org.privacyportal.backend.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC of one access log entry, over a canonical encoding of its stored values.
 *
 * <p>Encoding (version 1): the tag {@value #TAG}, then seq, id, patron_id, category, ground,
 * actor_subject, actor_role, impersonated_subject, ground_ref, reason, accessed_at, sealed_until,
 * prev_hmac, in this order. Each value is one marker byte and its content: {@code 0x00} for null;
 * {@code 0x01}, a 4-byte big-endian length and the UTF-8 bytes for text; {@code 0x02} and 8
 * big-endian bytes for a number (seq; accessed_at as microseconds since the epoch, UTC;
 * sealed_until as days since the epoch). Lengths and markers make it unambiguous: ("ab", "c") and
 * ("a", "bc"), or null and "", never encode alike.
 *
 * <p>Not thread-safe (it reuses its Mac and buffer); make one per thread or per use.
 */
final class ChainMac {

  static final String TAG = "privacyportal.access_log.v1";

  /** prev_hmac of the first entry, and the head of an empty log. */
  static final String GENESIS = "0".repeat(64);

  private static final String ALGORITHM = "HmacSHA256";
  private static final byte NULL = 0;
  private static final byte TEXT = 1;
  private static final byte NUMBER = 2;

  private final Mac mac;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);

  ChainMac(byte[] key) {
    if (key == null || key.length == 0) {
      throw new IllegalArgumentException("The access log key must not be empty");
    }
    try {
      mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  /** The lower-case hex HMAC of this row's values (its own hmac field is not read). */
  String of(AccessLogRow row) {
    return HexFormat.of().formatHex(mac.doFinal(encode(row)));
  }

  /** True when the row's stored hmac is the one its values give (constant-time compare). */
  boolean matches(AccessLogRow row) {
    String stored = row.hmac();
    return stored != null
        && MessageDigest.isEqual(
            of(row).getBytes(StandardCharsets.US_ASCII),
            stored.getBytes(StandardCharsets.US_ASCII));
  }

  byte[] encode(AccessLogRow row) {
    buffer.reset();
    text(TAG);
    number(row.seq());
    text(row.id());
    text(row.patronId());
    text(row.category());
    text(row.ground());
    text(row.actorSubject());
    text(row.actorRole());
    text(row.impersonatedSubject());
    text(row.groundRef());
    text(row.reason());
    number(row.accessedAt() == null ? null : micros(row.accessedAt()));
    number(row.sealedUntil() == null ? null : row.sealedUntil().toEpochDay());
    text(row.prevHmac());
    return buffer.toByteArray();
  }

  private static long micros(LocalDateTime utc) {
    var instant = utc.toInstant(ZoneOffset.UTC);
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  private void text(String value) {
    if (value == null) {
      buffer.write(NULL);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    buffer.write(TEXT);
    int4(bytes.length);
    buffer.writeBytes(bytes);
  }

  private void number(Long value) {
    if (value == null) {
      buffer.write(NULL);
      return;
    }
    buffer.write(NUMBER);
    long v = value;
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer.write((int) (v >>> shift));
    }
  }

  private void int4(int v) {
    buffer.write(v >>> 24);
    buffer.write(v >>> 16);
    buffer.write(v >>> 8);
    buffer.write(v);
  }
}
