package org.privacyportal.backend.desk;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/**
 * Desk lookups and their rate limit; statements in DeskLookupMapper.xml. Whether one grants access
 * now is read by the access rule through its own mapper (access/GroundMapper), so that desk may use
 * the access core.
 */
public interface DeskLookupMapper {

  int insert(DeskLookup lookup);

  /** The patron holding the card with this number, else null. */
  String findPatronIdByCard(@Param("card") String cardNumber);

  // ---- the rate limit (DeskLookupLimit) ----

  /** Locks this staff member's row (creating it on first use) until the transaction ends. */
  void lockStaff(@Param("staffSubject") String staffSubject);

  void insertAttempt(
      @Param("id") String id, @Param("staffSubject") String staffSubject, @Param("at") Instant at);

  /** Forgets this staff member's attempts from before {@code before}: they no longer count. */
  void deleteAttemptsBefore(
      @Param("staffSubject") String staffSubject, @Param("before") Instant before);

  long countAttemptsSince(
      @Param("staffSubject") String staffSubject, @Param("since") Instant since);

  /** The oldest attempt since {@code since}, else null. */
  Instant oldestAttemptSince(
      @Param("staffSubject") String staffSubject, @Param("since") Instant since);
}
