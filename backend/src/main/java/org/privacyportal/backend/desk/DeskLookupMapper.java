package org.privacyportal.backend.desk;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/**
 * Desk lookups and their rate limit; statements in DeskLookupMapper.xml. Whether one grants access
 * now is read by the access rule through its own mapper (access/GroundMapper), so that desk may use
 * the access core.
 */
public interface DeskLookupMapper extends DeskLookupLimit.Attempts {

  int insert(DeskLookup lookup);

  /** The patron holding the card with this number, else null. */
  String findPatronIdByCard(@Param("card") String cardNumber);

  // ---- the rate limit (DeskLookupLimit) ----

  /** Forgets this staff member's attempts from before {@code before}: they no longer count. */
  void deleteAttemptsBefore(
      @Param("staffSubject") String staffSubject, @Param("before") Instant before);
}
