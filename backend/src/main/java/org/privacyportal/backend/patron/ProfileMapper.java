package org.privacyportal.backend.patron;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Param;

/** The `profile` category and the two patron facts the access rule starts from. */
public interface ProfileMapper {

  /**
   * The id of the patron record signed in with this Keycloak user id, or null (staff, director).
   */
  String findIdBySubject(@Param("subject") String keycloakSubject);

  /** The patron's birth date, or null when there is no such patron. */
  LocalDate findBirthDate(@Param("patronId") String patronId);

  PatronProfile findProfile(@Param("patronId") String patronId);
}
