package org.privacyportal.backend.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * Desk checks of written authorizations and the count of wrong codes; statements in
 * AuthorizationCheckMapper.xml. Whether a check grants a read is the access rule's question, asked
 * through its own mapper (access/GroundMapper).
 */
public interface AuthorizationCheckMapper extends DeskLookupLimit.Attempts {

  /** The authorization a verification code belongs to, with what decides whether it is valid. */
  record CodeMatch(
      String authorizationId,
      String patronId,
      String signedByRole,
      Instant validFrom,
      Instant validUntil,
      Instant revokedAt,
      LocalDate patronBirthDate) {}

  /** What a check shows the staff member, once the access rule granted it. */
  record Shown(String patronName, String granteeName, Instant validUntil) {}

  /**
   * The authorization with this code (as stored: {@code VerificationCode.normalize}); else null.
   */
  CodeMatch findByCode(@Param("code") String code);

  void insertCheck(
      @Param("id") String id,
      @Param("staffSubject") String staffSubject,
      @Param("authorizationId") String authorizationId,
      @Param("idType") String idType,
      @Param("createdAt") Instant createdAt,
      @Param("expiresAt") Instant expiresAt);

  Shown shown(@Param("authorizationId") String authorizationId);

  /** The categories the authorization covers (wire names), sorted. */
  List<String> categories(@Param("authorizationId") String authorizationId);
}
