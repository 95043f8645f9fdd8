package org.privacyportal.backend.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.privacyportal.backend.circulation.HoldCompletions;

/**
 * One record per table row the demo generator writes, field for column (times are UTC wall time, as
 * the schema keeps them). They hold personal data: toString names the row's id only.
 */
final class DemoRows {

  private DemoRows() {}

  /** A row and the table it goes to. */
  sealed interface Row {
    DemoTable table();
  }

  record Patron(
      String id,
      String keycloakSubject,
      String firstName,
      String lastName,
      String cardNumber,
      LocalDate birthDate,
      String email,
      String phone,
      String addressLine1,
      String addressLine2,
      String city,
      String region,
      String postalCode,
      String accountType,
      LocalDate expiresOn,
      LocalDateTime createdAt,
      LocalDateTime updatedAt)
      implements Row {
    @Override
    public DemoTable table() {
      return DemoTable.PATRON;
    }

    @Override
    public String toString() {
      return "Patron[" + id + "]";
    }
  }

  record GuardianLink(
      String id,
      String guardianId,
      String minorId,
      String status,
      String idDocumentType,
      String verifiedBy,
      LocalDateTime verifiedAt,
      LocalDateTime endedAt,
      LocalDateTime createdAt)
      implements Row {
    @Override
    public DemoTable table() {
      return DemoTable.GUARDIAN_LINK;
    }

    @Override
    public String toString() {
      return "GuardianLink[" + id + "]";
    }
  }

  record Loan(
      String id,
      String patronId,
      String itemBarcode,
      String title,
      String author,
      String format,
      String branch,
      LocalDateTime checkedOutAt,
      LocalDate dueOn,
      int renewals,
      LocalDateTime returnedAt)
      implements Row {

    /** The same loan while it was still checked out. */
    Loan open() {
      return new Loan(
          id,
          patronId,
          itemBarcode,
          title,
          author,
          format,
          branch,
          checkedOutAt,
          dueOn,
          renewals,
          null);
    }

    @Override
    public DemoTable table() {
      return DemoTable.LOAN;
    }

    @Override
    public String toString() {
      return "Loan[" + id + "]";
    }
  }

  record Hold(
      String id,
      String patronId,
      String title,
      String author,
      String format,
      String pickupBranch,
      LocalDateTime placedAt,
      String status,
      Integer queuePosition,
      LocalDate readyUntil)
      implements Row {
    @Override
    public DemoTable table() {
      return DemoTable.HOLD_REQUEST;
    }

    /**
     * Whether the hold has ended (fulfilled, cancelled, expired): it ends through HoldCompletions.
     */
    boolean ended() {
      return HoldCompletions.FINISHED.contains(status);
    }

    /** The same hold before it ended: ready for pickup. */
    Hold open() {
      return new Hold(
          id, patronId, title, author, format, pickupBranch, placedAt, "READY", null, readyUntil);
    }

    @Override
    public String toString() {
      return "Hold[" + id + "]";
    }
  }

  record Fine(
      String id,
      String patronId,
      int amountCents,
      String currency,
      String reason,
      String description,
      String status,
      LocalDateTime assessedAt,
      LocalDateTime resolvedAt)
      implements Row {
    @Override
    public DemoTable table() {
      return DemoTable.FINE;
    }

    @Override
    public String toString() {
      return "Fine[" + id + "]";
    }
  }

  record OnlineServiceUse(
      String id, String patronId, String platform, String kind, LocalDateTime usedAt, String detail)
      implements Row {
    @Override
    public DemoTable table() {
      return DemoTable.ONLINE_SERVICE_USE;
    }

    @Override
    public String toString() {
      return "OnlineServiceUse[" + id + "]";
    }
  }

  record ReferenceConsultation(
      String id,
      String patronId,
      LocalDateTime consultedAt,
      String channel,
      String topic,
      String branch)
      implements Row {
    @Override
    public DemoTable table() {
      return DemoTable.REFERENCE_CONSULTATION;
    }

    @Override
    public String toString() {
      return "ReferenceConsultation[" + id + "]";
    }
  }

  record EventSignup(
      String id,
      String patronId,
      String eventName,
      String kind,
      String branch,
      LocalDateTime startsAt,
      LocalDateTime signedUpAt,
      String status)
      implements Row {
    @Override
    public DemoTable table() {
      return DemoTable.EVENT_SIGNUP;
    }

    @Override
    public String toString() {
      return "EventSignup[" + id + "]";
    }
  }

  record ConsentEntry(
      String id,
      String patronId,
      String consent,
      boolean granted,
      boolean previous,
      String actorRole,
      String actorSubject,
      String policyVersion,
      String channel,
      LocalDateTime recordedAt)
      implements Row {
    @Override
    public DemoTable table() {
      return DemoTable.CONSENT_ENTRY;
    }

    @Override
    public String toString() {
      return "ConsentEntry[" + id + "]";
    }
  }

  record Ticket(
      String id,
      String patronId,
      String type,
      String status,
      String subject,
      String openedBySubject,
      String assignedTo,
      LocalDateTime createdAt,
      LocalDateTime updatedAt,
      LocalDateTime closedAt)
      implements Row {
    @Override
    public DemoTable table() {
      return DemoTable.TICKET;
    }

    @Override
    public String toString() {
      return "Ticket[" + id + "]";
    }
  }

  record TicketMessage(
      String id,
      String ticketId,
      String authorSubject,
      String authorRole,
      String visibility,
      String body,
      LocalDateTime createdAt)
      implements Row {
    @Override
    public DemoTable table() {
      return DemoTable.TICKET_MESSAGE;
    }

    @Override
    public String toString() {
      return "TicketMessage[" + id + "]";
    }
  }
}
