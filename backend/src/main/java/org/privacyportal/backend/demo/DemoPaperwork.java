package org.privacyportal.backend.demo;

import static org.privacyportal.backend.demo.DemoPatrons.ALICE_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.ALICE_SUBJECT;
import static org.privacyportal.backend.demo.DemoPatrons.STAFF_SUBJECT;
import static org.privacyportal.backend.demo.DemoPatrons.THEO_GRANTOR_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.TURNED_18_GUARDIAN_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.TURNING_18_GUARDIAN_CARD;
import static org.privacyportal.backend.demo.DemoPatrons.UNVERIFIED_LINK_GUARDIAN_CARD;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.privacyportal.backend.demo.DemoRandom.Part;
import org.privacyportal.backend.demo.DemoRows.Ticket;
import org.privacyportal.backend.demo.DemoRows.TicketMessage;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfile.LegalInstrument;

/**
 * The tickets of the demo, about hand-made patrons only, so that each tells a small story (its
 * written authorizations are signed through the portal's own service: DemoAuthorizations). Open
 * tickets exist about Renee Broussard, Evelyn Carter and Denise Landry (staff may look at those
 * patrons' records while working them); Alice's question and Marc Hebert's request are closed and
 * grant nothing.
 */
final class DemoPaperwork {

  private final LibraryProfile profile;
  private final DemoTimes times;
  private final DemoIds ids;
  private final DemoSink sink;
  private final DemoRandom r;

  DemoPaperwork(long seed, LibraryProfile profile, DemoTimes times, DemoIds ids, DemoSink sink) {
    this.profile = profile;
    this.times = times;
    this.ids = ids;
    this.sink = sink;
    this.r = DemoRandom.of(seed, Part.AUTHORIZATION, 0);
  }

  void write(Map<String, PatronPlan> fixed) {
    PatronPlan alice = fixed.get(ALICE_CARD);
    PatronPlan evelyn = fixed.get(THEO_GRANTOR_CARD);

    String disclosure =
        profile.acceptedInstruments().contains(LegalInstrument.SUBPOENA)
            ? "a valid court order or subpoena"
            : "a court order";
    ticket(
        alice,
        "PRIVACY_QUESTION",
        "CLOSED",
        "Who can see my reading history?",
        ALICE_SUBJECT,
        200,
        195,
        msg(
            "PATRON",
            ALICE_SUBJECT,
            "PUBLIC",
            0,
            "I turned on reading history years ago. Can library staff see what I borrowed?"),
        msg(
            "STAFF",
            STAFF_SUBJECT,
            "PUBLIC",
            1,
            "Only you can see your reading history in the portal. Staff helping you at the desk or on a ticket "
                + "never see it, and "
                + profile.name()
                + " gives it to no one without your written authorization or "
                + disclosure
                + " ("
                + profile.statute()
                + "). You can turn it off at any time under Consents; "
                + "your history is then deleted."),
        msg("PATRON", ALICE_SUBJECT, "PUBLIC", 2, "Thank you, that is what I hoped."));
    ticket(
        fixed.get(TURNING_18_GUARDIAN_CARD),
        "UPDATE_DETAILS",
        "OPEN",
        "New mobile number",
        STAFF_SUBJECT,
        2,
        -1,
        msg(
            "STAFF",
            STAFF_SUBJECT,
            "INTERNAL",
            0,
            "Patron called to change her mobile number. She will confirm it at the desk with her card."));
    ticket(
        evelyn,
        "LOST_ITEM",
        "IN_PROGRESS",
        "Reading glasses left at the library",
        STAFF_SUBJECT,
        1,
        -1,
        msg(
            "STAFF",
            STAFF_SUBJECT,
            "PUBLIC",
            0,
            "We are checking the lost-and-found box and will let you know through the portal."));
    ticket(
        fixed.get(UNVERIFIED_LINK_GUARDIAN_CARD),
        "GUARDIAN_LINK",
        "WAITING_ON_PATRON",
        "Verify identification for a child's account",
        STAFF_SUBJECT,
        20,
        -1,
        msg(
            "STAFF",
            STAFF_SUBJECT,
            "PUBLIC",
            0,
            "Your link to your son's account came over from our old system without a record of identification. "
                + "Please bring a photo ID to any branch so that we can verify it."));
    ticket(
        fixed.get(TURNED_18_GUARDIAN_CARD),
        "RECORD_REQUEST",
        "RESOLVED",
        "Copy of my son's checkout list",
        STAFF_SUBJECT,
        10,
        9,
        msg(
            "STAFF",
            STAFF_SUBJECT,
            "INTERNAL",
            0,
            "Father asked at the desk for his son's checkout list. The son turned 18 last month: declined."),
        msg(
            "STAFF",
            STAFF_SUBJECT,
            "PUBLIC",
            1,
            "Your son is now an adult, so his library records can only be shared with his written authorization."));
  }

  private record Msg(String role, String subject, String visibility, int order, String body) {}

  private static Msg msg(String role, String subject, String visibility, int order, String body) {
    return new Msg(role, subject, visibility, order, body);
  }

  /**
   * A ticket opened {@code openedDaysAgo} days ago, closed {@code closedDaysAgo} ago (-1: still
   * open).
   */
  private void ticket(
      PatronPlan about,
      String type,
      String status,
      String subject,
      String openedBy,
      int openedDaysAgo,
      int closedDaysAgo,
      Msg... messages) {
    LocalDateTime opened = times.during(times.today().minusDays(openedDaysAgo), r);
    String id = ids.next(DemoTable.TICKET);
    List<TicketMessage> thread = new ArrayList<>();
    LocalDateTime last = opened;
    for (Msg m : messages) {
      // Replies come within the hour (staff answer while the ticket is fresh).
      last = opened.plusMinutes(20L * m.order() + 5);
      thread.add(
          new TicketMessage(
              ids.next(DemoTable.TICKET_MESSAGE),
              id,
              m.subject(),
              m.role(),
              m.visibility(),
              m.body(),
              last));
    }
    LocalDateTime closed =
        closedDaysAgo < 0 ? null : times.during(times.today().minusDays(closedDaysAgo), r);
    if (closed != null && closed.isBefore(last)) {
      closed = last.plusHours(1);
    }
    LocalDateTime updated = closed != null ? closed : last;
    // Unassigned: a ticket is assigned by a staff member's action, which the demo does not play;
    // staff
    // work the queue types (UPDATE_DETAILS, GUARDIAN_LINK) unassigned (docs/desk.md).
    sink.add(
        new Ticket(id, about.id(), type, status, subject, openedBy, null, opened, updated, closed));
    thread.forEach(sink::add);
  }
}
