package org.privacyportal.backend.desk;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/** Desk lookups; statements in DeskLookupMapper.xml. */
public interface DeskLookupMapper {

  int insert(DeskLookup lookup);

  /** The lookup if this staff member made it, for this patron, and it has not expired at {@code now}. */
  DeskLookup findValid(@Param("id") String id, @Param("staffSubject") String staffSubject,
      @Param("patronId") String patronId, @Param("now") Instant now);
}
