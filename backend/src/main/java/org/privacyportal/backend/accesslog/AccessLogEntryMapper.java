package org.privacyportal.backend.accesslog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.privacyportal.backend.vocabulary.RecordQuery;

/**
 * The patron's access log page and its questions; statements in AccessLogEntryMapper.xml, which
 * reuses the access package's fragments (AccessLogViewMapper.xml) for what is visible and who is
 * named.
 */
public interface AccessLogEntryMapper {

  long countEntries(RecordQuery query);

  /** Newest first, then by position in the chain; each with its open question, if any. */
  List<AccessLogEntry> entries(RecordQuery query);

  /** The entry if it is this patron's and visible today (not sealed), else null. */
  QuestionedEntry findVisible(
      @Param("patronId") String patronId,
      @Param("entryId") String entryId,
      @Param("today") LocalDate today,
      @Param("from") Instant from,
      @Param("until") Instant until);

  /** Locks the entry's row until the transaction ends: questions about one entry take turns. */
  String lockEntry(@Param("entryId") String entryId);

  /**
   * The newest question about the entry whose ticket is not resolved or closed, else null (a
   * locking read).
   */
  String findOpenQuestion(@Param("entryId") String entryId);

  void insertQuestion(
      @Param("ticketId") String ticketId,
      @Param("entryId") String entryId,
      @Param("patronId") String patronId,
      @Param("createdAt") Instant createdAt);
}
