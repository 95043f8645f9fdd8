package org.privacyportal.backend.accesslog;

import java.time.Instant;
import org.apache.ibatis.annotations.Param;

/** The staff directory (staff_member); statements in StaffDirectoryMapper.xml. */
public interface StaffDirectoryMapper {

  /** Inserts the name, or replaces the one on file. */
  void upsert(
      @Param("subject") String subject,
      @Param("displayName") String displayName,
      @Param("updatedAt") Instant updatedAt);

  /** The name on file, else null. */
  String findName(@Param("subject") String subject);
}
