package org.privacyportal.backend.guardianship;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * Active guardian links. Only the stored facts: the age of majority and the verification the
 * profile requires are applied by the access rule, at request time.
 */
public interface GuardianshipMapper {

  /** The patrons this guardian has an ACTIVE link to, youngest last, then by id. */
  List<LinkedPatron> findWards(@Param("guardianId") String guardianPatronId);

  /** The guardians with an ACTIVE link to this minor, by name. */
  List<LinkedPatron> findGuardians(@Param("minorId") String minorId);
}
