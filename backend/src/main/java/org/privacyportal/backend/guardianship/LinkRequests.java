package org.privacyportal.backend.guardianship;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.patron.ProfileMapper;
import org.privacyportal.backend.ticket.TicketSubject;
import org.privacyportal.backend.ticket.Tickets;
import org.privacyportal.backend.vocabulary.Category;

/**
 * A patron asks to be linked to a minor: a GUARDIAN_LINK ticket about the requester, holding what
 * they typed. Nothing is looked up about the minor, so the answer cannot tell whether the child is
 * a patron (nobody learns whether someone else is one); staff match the request at the desk, with
 * the requester's identification and the child's card in hand.
 */
public final class LinkRequests {

  static final String TICKET_TYPE = "GUARDIAN_LINK";

  /**
   * The caller is a minor themself: only an adult can be a guardian (a fact about the caller
   * alone).
   */
  public static final class RequesterIsMinor extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RequesterIsMinor() {
      super("requester is a minor", null, false, false);
    }
  }

  private final AccessCore core;
  private final AccessPolicy policy;

  public LinkRequests(AccessCore core) {
    this.core = core;
    this.policy = core.policy();
  }

  /**
   * Opens the ticket; empty when the caller has no patron record of their own (staff, an
   * impersonation token).
   *
   * @throws RequesterIsMinor when the caller is under the age of majority
   */
  public Optional<String> open(AuthenticatedUser user, LinkRequest request) {
    return core.own(
        user,
        Purpose.selfService(Category.TICKETS),
        scope -> {
          SqlSession session = scope.session();
          if (policy.isMinor(
              session.getMapper(ProfileMapper.class).findBirthDate(scope.patronId()),
              scope.today())) {
            throw new RequesterIsMinor();
          }
          String ticketId =
              Tickets.open(
                  session,
                  scope.patronId(),
                  TICKET_TYPE,
                  TicketSubject.of(TicketSubject.GUARDIAN_LINK_REQUEST),
                  user.subject(),
                  "PATRON",
                  request.ticketBody(),
                  scope.now());
          // kept apart from the ticket's text: approval checks the card shown at the desk against
          // it
          session
              .getMapper(LinkRequestMapper.class)
              .insertRequest(ticketId, scope.patronId(), request);
          return ticketId;
        });
  }

  /**
   * Whether a birth date the requester typed is a child's today: born, not yet of age (the input
   * alone decides).
   */
  boolean isChildToday(LocalDate birthDate) {
    LocalDate today = policy.today();
    return !birthDate.isAfter(today) && policy.isMinor(birthDate, today);
  }
}
