package org.privacyportal.backend.audit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * The access log as an HMAC chain in access_log: each entry's hmac covers its values and the
 * previous entry's hmac (see {@link ChainMac} for the encoding).
 *
 * <p>An append locks the single head row (SELECT ... FOR UPDATE), so appends from any number of
 * threads and backend processes on one database take turns: each reads the true last link, and its
 * seq is the head's + 1. It is the only lock the log takes, so it cannot deadlock with itself; it
 * is held until the caller's transaction ends, so callers append last, just before committing. If
 * the caller rolls back, the entry and the head's move go together: no entry, no gap.
 *
 * <p>The session factory must know {@link AccessLogMapper}.
 */
public final class HmacAccessLog implements AccessLog {

  // Column sizes of access_log: a longer value would be refused by the database (strict mode) or,
  // worse, cut, and a cut value no longer matches its HMAC. Refuse it here, naming the field only.
  private static final int UUID_LENGTH = 36;
  private static final int SUBJECT_LENGTH = 64;
  private static final int ROLE_LENGTH = 16;
  private static final int REASON_LENGTH = 500;

  private final byte[] key;
  // Mac objects are not thread-safe and cost a few microseconds to make: one per thread.
  private final ThreadLocal<ChainMac> macs;

  public HmacAccessLog(byte[] key) {
    this.key = key.clone();
    new ChainMac(this.key); // fails now, not at the first access, if the key is unusable
    this.macs = ThreadLocal.withInitial(() -> new ChainMac(this.key));
  }

  @Override
  public void append(SqlSession session, AccessEntry entry) {
    AccessLogRow unsigned = unsignedRow(entry);
    AccessLogMapper mapper = session.getMapper(AccessLogMapper.class);
    AccessLogHead head = mapper.lockHead();
    if (head == null) {
      throw new IllegalStateException("access_log_head has no row: the schema was not migrated");
    }
    long seq = head.lastSeq() + 1;
    AccessLogRow linked = withLink(unsigned, seq, head.lastHmac(), null);
    String hmac = macs.get().of(linked);
    mapper.insert(withLink(unsigned, seq, head.lastHmac(), hmac));
    if (mapper.updateHead(seq, hmac) != 1) {
      throw new IllegalStateException("access_log_head was not updated");
    }
  }

  private static AccessLogRow unsignedRow(AccessEntry entry) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(entry.category(), "category");
    Objects.requireNonNull(entry.ground(), "ground");
    Objects.requireNonNull(entry.accessedAt(), "accessedAt");
    if (entry.ground() == Ground.SELF) {
      throw new IllegalArgumentException("A patron's own access is not logged");
    }
    LocalDateTime accessedAt =
        LocalDateTime.ofInstant(entry.accessedAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    return new AccessLogRow(
        0,
        UUID.randomUUID().toString(),
        fixed(entry.patronId(), "patronId"),
        entry.category().wireName(),
        entry.ground().name(),
        text(entry.actorSubject(), SUBJECT_LENGTH, "actorSubject", true),
        text(entry.actorRole(), ROLE_LENGTH, "actorRole", true),
        text(entry.impersonatedSubject(), SUBJECT_LENGTH, "impersonatedSubject", false),
        entry.groundRef() == null ? null : fixed(entry.groundRef(), "groundRef"),
        text(entry.reason(), REASON_LENGTH, "reason", false),
        accessedAt,
        entry.sealedUntil(),
        null,
        null);
  }

  private static AccessLogRow withLink(AccessLogRow row, long seq, String prevHmac, String hmac) {
    return new AccessLogRow(
        seq,
        row.id(),
        row.patronId(),
        row.category(),
        row.ground(),
        row.actorSubject(),
        row.actorRole(),
        row.impersonatedSubject(),
        row.groundRef(),
        row.reason(),
        row.accessedAt(),
        row.sealedUntil(),
        prevHmac,
        hmac);
  }

  private static String text(String value, int maxLength, String field, boolean required) {
    if (value == null) {
      if (required) {
        throw new NullPointerException(field);
      }
      return null;
    }
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
    }
    return value;
  }

  /** CHAR(36) columns drop trailing spaces on the way back: such a value would not verify. */
  private static String fixed(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty() || value.length() > UUID_LENGTH || value.endsWith(" ")) {
      throw new IllegalArgumentException(field + " is not an id of at most 36 characters");
    }
    return value;
  }
}
