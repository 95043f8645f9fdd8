package org.privacyportal.backend.guardianship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.privacyportal.backend.ticket.SystemMessage;

/**
 * The staff side of guardian-link requests: their tickets, the minor by card, and the link itself.
 */
public interface LinkRequestMapper {

  /**
   * A GUARDIAN_LINK ticket, locked until the transaction ends; openedBy: the Keycloak subject who
   * opened it.
   */
  record RequestTicket(String id, String patronId, String status, String openedBy) {}

  /**
   * The child as the requester named them (guardian_link_request), to check the card shown against.
   */
  record NamedChild(String name, LocalDate birthDate) {
    @Override
    public String toString() {
      return "NamedChild[]";
    }
  }

  /** A patron found by card number, with what the request's child is checked against. */
  record CardHolder(String id, String firstName, String lastName, LocalDate birthDate) {
    @Override
    public String toString() {
      return "CardHolder[id=" + id + "]";
    }
  }

  /** The link between two patrons, whatever its status. */
  record StoredLink(String id, String status, boolean verified) {}

  /** Undecided GUARDIAN_LINK tickets, oldest first. */
  List<OpenLinkRequest> openRequests();

  /** The GUARDIAN_LINK ticket with this id, locked (FOR UPDATE), else null. */
  RequestTicket lockRequest(@Param("ticketId") String ticketId);

  CardHolder findByCard(@Param("card") String cardNumber);

  /** What the requester typed, kept with the ticket (LinkRequests.open). */
  void insertRequest(
      @Param("ticketId") String ticketId,
      @Param("requesterId") String requesterId,
      @Param("r") LinkRequest request);

  /**
   * The child the request names, else null (a request from before V12 kept only its ticket text).
   */
  NamedChild findNamedChild(@Param("ticketId") String ticketId);

  /** The link from this guardian to this minor, locked, else null. */
  StoredLink lockLink(@Param("guardianId") String guardianId, @Param("minorId") String minorId);

  void insertLink(
      @Param("id") String id,
      @Param("guardianId") String guardianId,
      @Param("minorId") String minorId,
      @Param("document") String idDocumentType,
      @Param("staff") String verifiedBy,
      @Param("at") Instant at);

  /**
   * Makes a stored PENDING or imported unverified link ACTIVE, with this verification; never an
   * ENDED one (docs/guardians.md). Returns the rows changed.
   */
  int activateLink(
      @Param("id") String id,
      @Param("document") String idDocumentType,
      @Param("staff") String verifiedBy,
      @Param("at") Instant at);

  /** RESOLVED or CLOSED, with its closing time. */
  void finishTicket(
      @Param("ticketId") String ticketId, @Param("status") String status, @Param("at") Instant at);

  void insertPublicMessage(
      @Param("id") String id,
      @Param("ticketId") String ticketId,
      @Param("author") String authorSubject,
      @Param("role") String authorRole,
      @Param("m") SystemMessage message,
      @Param("at") Instant at);
}
