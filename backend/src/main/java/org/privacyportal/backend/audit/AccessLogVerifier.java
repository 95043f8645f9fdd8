package org.privacyportal.backend.audit;

import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.privacyportal.backend.db.MyBatis;

/**
 * Walks the access log from its first entry, in seq order, and reports the first link that does not
 * hold: a seq gap (deleted entry), a prev_hmac that is not the previous entry's hmac (deleted or
 * moved entry), an hmac that does not match the entry's values (altered entry, forged entry, or the
 * wrong key), an entry past the head (inserted outside the log), or a head that does not name the
 * last entry (cut-off tail).
 *
 * <p>Reads in pages by seq (keyset paging), holding one page at a time, so millions of entries need
 * no more memory than a few thousand.
 *
 * <p>What a chain alone cannot show: someone with write access to the database who removes the
 * newest entries AND sets the head back to the last one kept leaves a valid shorter chain. Compare
 * {@link VerificationResult#entriesChecked()} with an earlier run to see that.
 */
public final class AccessLogVerifier {

  static final int PAGE_SIZE = 5_000;

  private AccessLogVerifier() {}

  /** Verifies on a connection of its own (the factory must know {@link AccessLogMapper}). */
  public static VerificationResult verify(SqlSessionFactory sessions, byte[] key) {
    // One REPEATABLE READ transaction: every page and the head come from one snapshot, so entries
    // appended meanwhile neither show up half-way nor look like a mismatch with the head.
    try (SqlSession session = sessions.openSession(TransactionIsolationLevel.REPEATABLE_READ)) {
      return verify(session, key);
    }
  }

  /** Verifies through a pool that has no session factory with the log's mapper. */
  public static VerificationResult verify(DataSource dataSource, byte[] key) {
    return verify(MyBatis.sessionFactory(dataSource, AccessLogMapper.class), key);
  }

  /**
   * Verifies in the caller's session. For a consistent answer while others append, the session
   * should be a REPEATABLE READ transaction (InnoDB's default), as {@link
   * #verify(SqlSessionFactory, byte[])} opens.
   */
  public static VerificationResult verify(SqlSession session, byte[] key) {
    return verify(session, key, PAGE_SIZE);
  }

  static VerificationResult verify(SqlSession session, byte[] key, int pageSize) {
    ChainMac mac = new ChainMac(key);
    AccessLogMapper mapper = session.getMapper(AccessLogMapper.class);
    AccessLogHead head = mapper.head(); // first read: fixes the snapshot the pages are read from
    if (head == null) {
      return VerificationResult.broken(0, 1, "the access log head is missing");
    }
    long lastSeq = 0;
    String lastHmac = ChainMac.GENESIS;
    long checked = 0;
    while (true) {
      List<AccessLogRow> page = mapper.page(lastSeq, pageSize);
      for (AccessLogRow row : page) {
        long expected = lastSeq + 1;
        if (row.seq() != expected) {
          return VerificationResult.broken(
              checked,
              expected,
              "entry "
                  + expected
                  + " is missing: the log goes from entry "
                  + lastSeq
                  + " to entry "
                  + row.seq());
        }
        if (row.seq() > head.lastSeq()) {
          return VerificationResult.broken(
              checked,
              row.seq(),
              "entry "
                  + row.seq()
                  + " lies past the head, which ends the log at entry "
                  + head.lastSeq()
                  + ": it was added outside the log");
        }
        if (!lastHmac.equals(row.prevHmac())) {
          return VerificationResult.broken(
              checked,
              row.seq(),
              "entry "
                  + row.seq()
                  + " does not link to entry "
                  + lastSeq
                  + ": an entry was removed, moved or replaced here");
        }
        if (!mac.matches(row)) {
          return VerificationResult.broken(
              checked,
              row.seq(),
              "entry "
                  + row.seq()
                  + " does not match its HMAC: it was altered or forged, or the key is not the one"
                  + " the log was written with");
        }
        lastSeq = row.seq();
        lastHmac = row.hmac();
        checked++;
      }
      if (page.size() < pageSize) {
        break;
      }
    }
    if (lastSeq < head.lastSeq()) {
      return VerificationResult.broken(
          checked,
          lastSeq + 1,
          "entries "
              + (lastSeq + 1)
              + " to "
              + head.lastSeq()
              + " are missing: the head ends the log at entry "
              + head.lastSeq()
              + " but the last entry is "
              + lastSeq);
    }
    if (!lastHmac.equals(head.lastHmac())) {
      return VerificationResult.broken(
          checked,
          Math.max(lastSeq, 1),
          "the head does not match entry " + lastSeq + ": the head was altered");
    }
    return VerificationResult.ok(checked);
  }
}
