package org.privacyportal.backend.patron;

import org.apache.ibatis.annotations.Param;

/** SQL for the patron table; the statements are in PatronMapper.xml beside this interface. */
public interface PatronMapper {

  /** The profile of the patron signed in with this Keycloak user id, or null. */
  PatronProfile findBySubject(@Param("subject") String keycloakSubject);

  /** The public id of the patron holding this card, or null. */
  String findIdByCardNumber(@Param("cardNumber") String cardNumber);

  /** Inserts a patron; {@code keycloakSubject} may be null for a patron without a login. */
  int insert(
      @Param("patron") PatronProfile patron, @Param("keycloakSubject") String keycloakSubject);
}
