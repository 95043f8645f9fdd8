package org.privacyportal.backend.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tampering, done the way someone with SQL access to the database would, is found. */
class AccessLogVerifierTest {

  private static final String FORGED_HMAC = "ab".repeat(32);

  private final AuditDatabase db = AuditDatabase.get();

  @BeforeEach
  void sixEntries() {
    db.reset();
    db.append(new HmacAccessLog(AuditDatabase.KEY), 6, "staff-subject");
    assertThat(db.verify().intact()).isTrue();
  }

  @Test
  void alteredFieldIsFound() {
    db.sql("UPDATE access_log SET reason = 'nothing to see' WHERE seq = 3");

    assertBrokenAt(3, 2, "entry 3 does not match its HMAC");
  }

  @Test
  void timeMovedByOneMicrosecondIsFound() {
    db.sql(
        "UPDATE access_log SET accessed_at = accessed_at + INTERVAL 1 MICROSECOND WHERE seq = 4");

    assertBrokenAt(4, 3, "entry 4 does not match its HMAC");
  }

  @Test
  void alteredLinkIsFound() {
    db.sql("UPDATE access_log SET prev_hmac = '" + FORGED_HMAC + "' WHERE seq = 5");

    assertBrokenAt(5, 4, "entry 5 does not link to entry 4");
  }

  @Test
  void deletedEntryIsFound() {
    db.sql("DELETE FROM access_log WHERE seq = 3");

    assertBrokenAt(3, 2, "entry 3 is missing");
  }

  @Test
  void deletedEntryWithTheRestRenumberedIsFound() {
    db.sql(
        "DELETE FROM access_log WHERE seq = 3",
        "UPDATE access_log SET seq = seq - 1 WHERE seq > 3 ORDER BY seq",
        "UPDATE access_log_head SET last_seq = 5 WHERE id = 1");

    assertBrokenAt(3, 2, "entry 3 does not link to entry 2");
  }

  @Test
  void reorderedEntriesAreFound() {
    // Swap the contents of entries 2 and 4 (the seqs stay where they are).
    db.sql(
        "UPDATE access_log SET seq = 100 WHERE seq = 2",
        "UPDATE access_log SET seq = 2 WHERE seq = 4",
        "UPDATE access_log SET seq = 4 WHERE seq = 100");

    assertBrokenAt(2, 1, "entry 2 does not link to entry 1");
  }

  @Test
  void entryForgedPastTheHeadIsFound() {
    db.sql(forgedInsert(7, lastHmac()));

    assertBrokenAt(7, 6, "entry 7 lies past the head");
  }

  @Test
  void entryForgedAtTheEndWithTheHeadMovedIsFound() {
    db.sql(
        forgedInsert(7, lastHmac()),
        "UPDATE access_log_head SET last_seq = 7, last_hmac = '" + FORGED_HMAC + "' WHERE id = 1");

    assertBrokenAt(7, 6, "entry 7 does not match its HMAC");
  }

  @Test
  void entryForgedInTheMiddleIsFound() {
    String hmacOf3 = hmacOf(3);
    db.sql(
        "UPDATE access_log SET seq = seq + 1 WHERE seq >= 4 ORDER BY seq DESC",
        forgedInsert(4, hmacOf3),
        "UPDATE access_log_head SET last_seq = 7 WHERE id = 1");

    assertBrokenAt(4, 3, "entry 4 does not match its HMAC");
  }

  @Test
  void copiedEntryIsFound() {
    // A real entry's values and hmac, replayed as a new last entry with the head moved onto it.
    db.sql(
        "INSERT INTO access_log SELECT 7, UUID(), patron_id, category, ground, actor_subject,"
            + " actor_role, impersonated_subject, ground_ref, reason, accessed_at, sealed_until,"
            + " '"
            + lastHmac()
            + "', hmac FROM access_log WHERE seq = 2",
        "UPDATE access_log_head SET last_seq = 7, last_hmac = (SELECT hmac FROM access_log WHERE seq = 2)");

    assertBrokenAt(7, 6, "entry 7 does not match its HMAC");
  }

  @Test
  void truncatedTailIsFound() {
    db.sql("DELETE FROM access_log WHERE seq >= 5");

    assertBrokenAt(5, 4, "entries 5 to 6 are missing");
  }

  @Test
  void alteredHeadIsFound() {
    db.sql("UPDATE access_log_head SET last_hmac = '" + FORGED_HMAC + "' WHERE id = 1");

    assertBrokenAt(6, 6, "the head does not match entry 6");
  }

  @Test
  void wrongKeyBreaksAtTheFirstEntry() {
    byte[] otherKey = "another key, also 32+ characters long".getBytes(StandardCharsets.UTF_8);

    VerificationResult result = AccessLogVerifier.verify(db.sessions(), otherKey);

    assertThat(result)
        .isEqualTo(
            new VerificationResult(
                false,
                0,
                1L,
                "entry 1 does not match its HMAC: it was altered or forged, or the key is not the one"
                    + " the log was written with"));
  }

  @Test
  void pagesAreWalkedAcrossTheirBorders() {
    try (SqlSession session = db.sessions().openSession()) {
      assertThat(AccessLogVerifier.verify(session, AuditDatabase.KEY, 2))
          .isEqualTo(new VerificationResult(true, 6, null, null));
      assertThat(AccessLogVerifier.verify(session, AuditDatabase.KEY, 4).entriesChecked())
          .isEqualTo(6);
    }
    db.sql("DELETE FROM access_log WHERE seq = 5");
    try (SqlSession session = db.sessions().openSession()) {
      assertThat(AccessLogVerifier.verify(session, AuditDatabase.KEY, 2).firstBrokenSeq())
          .isEqualTo(5);
    }
  }

  @Test
  void problemTextsNameSeqsOnly() {
    db.sql("UPDATE access_log SET reason = 'Alice Nguyen 23301004127785' WHERE seq = 2");

    VerificationResult result = db.verify();

    assertThat(result.problem()).doesNotContain("Alice", "2330", "staff-subject");
  }

  private void assertBrokenAt(long seq, long entriesChecked, String problemStart) {
    VerificationResult result = db.verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSeq()).isEqualTo(seq);
    assertThat(result.entriesChecked()).isEqualTo(entriesChecked);
    assertThat(result.problem()).startsWith(problemStart);
  }

  private String lastHmac() {
    return hmacOf(6);
  }

  private String hmacOf(long seq) {
    try (SqlSession session = db.sessions().openSession()) {
      List<AccessLogRow> rows = session.getMapper(AccessLogMapper.class).page(seq - 1, 1);
      return rows.getFirst().hmac();
    }
  }

  private static String forgedInsert(long seq, String prevHmac) {
    return "INSERT INTO access_log (seq, id, patron_id, category, ground, actor_subject, actor_role,"
        + " accessed_at, prev_hmac, hmac) VALUES ("
        + seq
        + ", UUID(), UUID(), 'loan_history',"
        + " 'LIBRARY_BUSINESS', 'staff-subject', 'STAFF', UTC_TIMESTAMP(6), '"
        + prevHmac
        + "', '"
        + FORGED_HMAC
        + "')";
  }
}
