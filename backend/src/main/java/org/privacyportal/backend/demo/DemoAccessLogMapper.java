package org.privacyportal.backend.demo;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.ibatis.annotations.Param;

/**
 * What the demo access log needs to find and add; statements in DemoAccessLogMapper.xml beside
 * this.
 */
interface DemoAccessLogMapper {

  String findAuthorization(
      @Param("patronId") String patronId, @Param("granteeName") String granteeName);

  String findGuardianLink(@Param("guardianId") String guardianId, @Param("minorId") String minorId);

  String findTicket(@Param("patronId") String patronId, @Param("type") String type);

  /**
   * An APPROVED court order; its patrons and categories are added with the two statements below.
   */
  void insertLegalRequest(
      @Param("id") String id,
      @Param("reference") String reference,
      @Param("issuedOn") LocalDate issuedOn,
      @Param("approvedBy") String approvedBy,
      @Param("approvedAt") Instant approvedAt,
      @Param("noticeDelayedUntil") LocalDate noticeDelayedUntil);

  void insertLegalRequestPatron(@Param("id") String id, @Param("patronId") String patronId);

  void insertLegalRequestCategory(@Param("id") String id, @Param("category") String category);
}
