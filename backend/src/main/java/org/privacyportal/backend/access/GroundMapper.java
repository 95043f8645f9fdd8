package org.privacyportal.backend.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * The stored facts the access rule decides from that belong to features which themselves work
 * through the access core (the patron's own record, guardian links, desk lookups, the staff
 * directory, written authorizations). They are read here, not through those features' mappers, so
 * that access depends on none of them and the feature packages form no cycle (ArchitectureTest).
 * Features whose facts access reads through their own mappers (tickets, legal requests) never use
 * the access core themselves.
 */
public interface GroundMapper {

  /**
   * An ACTIVE, not ended guardian link; whether it grants anything today is the rule's question.
   */
  record ActiveGuardianLink(String id, boolean verified) {}

  /** A desk lookup still valid: its id and the reason stated. */
  record ValidDeskLookup(String id, String reason) {}

  /**
   * One category a valid written authorization covers.
   *
   * @param signedByRole SELF or GUARDIAN: what a guardian signed ends with the minority
   */
  record AuthorizedCategory(String authorizationId, String signedByRole, String category) {}

  /** The patron record of this Keycloak account, else null. */
  String patronIdBySubject(@Param("subject") String subject);

  /** The patron's birth date, or null when there is no such patron. */
  LocalDate birthDate(@Param("patronId") String patronId);

  /** The ACTIVE, not ended link from this guardian to this minor, else null. */
  ActiveGuardianLink activeGuardianLink(
      @Param("guardianId") String guardianPatronId, @Param("minorId") String minorId);

  /**
   * Whether this Keycloak subject is a known staff member: it has a row in the staff directory
   * (staff_member), which accesslog.StaffDirectory writes only from validated staff and director
   * tokens. Asked about the impersonator of an impersonation token.
   */
  boolean isKnownStaff(@Param("subject") String subject);

  /**
   * The lookup if this staff member made it, for this patron, and it has not expired at {@code
   * now}.
   */
  ValidDeskLookup validDeskLookup(
      @Param("id") String id,
      @Param("staffSubject") String staffSubject,
      @Param("patronId") String patronId,
      @Param("now") Instant now);

  /**
   * What the patron authorized this grantee to see at {@code now}: valid, not revoked, naming the
   * grantee by their patron id. Newest authorization first.
   */
  List<AuthorizedCategory> validAuthorizations(
      @Param("patronId") String patronId,
      @Param("granteePatronId") String granteePatronId,
      @Param("now") Instant now);
}
