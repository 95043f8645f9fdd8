package org.privacyportal.backend.guardianship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.privacyportal.backend.ticket.SystemMessage;

/** The staff side of guardian-link requests: their tickets, the minor by card, and the link itself. */
public interface LinkRequestMapper {

  /** A GUARDIAN_LINK ticket, locked until the transaction ends. */
  record RequestTicket(String id, String patronId, String status) {
  }

  /** A patron found by card number. */
  record CardHolder(String id, LocalDate birthDate) {
    @Override
    public String toString() {
      return "CardHolder[id=" + id + "]";
    }
  }

  /** The link between two patrons, whatever its status. */
  record StoredLink(String id, String status, boolean verified) {
  }

  /** Undecided GUARDIAN_LINK tickets, oldest first. */
  List<OpenLinkRequest> openRequests();

  /** The GUARDIAN_LINK ticket with this id, locked (FOR UPDATE), else null. */
  RequestTicket lockRequest(@Param("ticketId") String ticketId);

  CardHolder findByCard(@Param("card") String cardNumber);

  /** The link from this guardian to this minor, locked, else null. */
  StoredLink lockLink(@Param("guardianId") String guardianId, @Param("minorId") String minorId);

  void insertLink(@Param("id") String id, @Param("guardianId") String guardianId, @Param("minorId") String minorId,
      @Param("document") String idDocumentType, @Param("staff") String verifiedBy, @Param("at") Instant at);

  /** Makes a stored link ACTIVE again, with this verification. */
  void activateLink(@Param("id") String id, @Param("document") String idDocumentType, @Param("staff") String verifiedBy,
      @Param("at") Instant at);

  /** RESOLVED or CLOSED, with its closing time. */
  void finishTicket(@Param("ticketId") String ticketId, @Param("status") String status, @Param("at") Instant at);

  void insertPublicMessage(@Param("id") String id, @Param("ticketId") String ticketId,
      @Param("author") String authorSubject, @Param("role") String authorRole, @Param("m") SystemMessage message,
      @Param("at") Instant at);
}
