package org.privacyportal.backend.details;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * Change requests and the patron columns they read and write; statements in DetailChangeMapper.xml.
 */
public interface DetailChangeMapper {

  /**
   * Locks the patron's row until commit and reads its contact details as they are now (a locking
   * read: not the transaction's snapshot). Every change to a patron's requests takes this lock
   * first (then the request's row, then the access log's head), so they happen one after the other
   * and always take their locks in the same order. Returns null when there is no such patron.
   */
  ContactDetails lockPatron(@Param("patronId") String patronId);

  /** The patron's e-mail address, phone number and postal address as the library has them. */
  ContactDetails currentDetails(@Param("patronId") String patronId);

  PatronIdentity identity(@Param("patronId") String patronId);

  /** The patron's PENDING request, or null. */
  DetailChange pendingFor(@Param("patronId") String patronId);

  /**
   * As {@link #pendingFor}, but a locking read: sees a request committed since the transaction
   * began.
   */
  DetailChange pendingForUpdate(@Param("patronId") String patronId);

  /** The patron's latest requests that are no longer pending, newest first. */
  List<DetailChange> decidedFor(@Param("patronId") String patronId, @Param("limit") int limit);

  DetailChange find(@Param("id") String id);

  /** The request, its row locked until commit. */
  DetailChange findForUpdate(@Param("id") String id);

  /** All PENDING requests, oldest first. */
  List<DetailChange> pendingQueue(@Param("limit") int limit);

  long countPending();

  void insert(DetailChange request);

  /**
   * Ends a PENDING request (approved, rejected or withdrawn). Returns 0 when it was no longer
   * pending: the caller then changes nothing.
   */
  int finish(
      @Param("id") String id,
      @Param("status") Status status,
      @Param("subject") String subject,
      @Param("role") String role,
      @Param("at") Instant at,
      @Param("reason") String reason);

  /** Writes the request's changed fields into the patron's row. */
  int applyToPatron(@Param("patronId") String patronId, @Param("change") RequestedChange change);
}
