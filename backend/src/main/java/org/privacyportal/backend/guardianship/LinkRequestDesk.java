package org.privacyportal.backend.guardianship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.guardianship.LinkRequestMapper.CardHolder;
import org.privacyportal.backend.guardianship.LinkRequestMapper.NamedChild;
import org.privacyportal.backend.guardianship.LinkRequestMapper.RequestTicket;
import org.privacyportal.backend.guardianship.LinkRequestMapper.StoredLink;
import org.privacyportal.backend.ticket.SystemMessage;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;
import org.privacyportal.backend.vocabulary.PersonName;

/**
 * The staff side of guardian-link requests: the list of undecided ones, approval after checking the
 * requester's identification in person (recording its type, never its number), and rejection with a
 * reason. Working a request is library business on its ticket: every look at the requester's
 * profile or ticket, and at the minor's profile when staff name the child's card, is written to
 * that patron's access log in the same transaction.
 */
public final class LinkRequestDesk {

  private static final Set<String> DECIDED = Set.of("RESOLVED", "CLOSED");

  /** Why staff cannot do what they asked; the handler turns each into a 4xx (docs/guardians.md). */
  public enum Refusal {
    /** The ticket was already approved or rejected. */
    ALREADY_DECIDED,
    /** The pair is already linked, ACTIVE and verified. */
    ALREADY_LINKED,
    NO_SUCH_CARD,
    CARD_IS_REQUESTERS,
    NOT_A_MINOR,
    /**
     * The card shown belongs to someone other than the child the request names (name or birth
     * date).
     */
    CARD_NOT_NAMED_CHILD,
    /**
     * The request was stored before the child's name and birth date were kept apart, and no link on
     * file for the pair names the child: it cannot be checked.
     */
    REQUEST_WITHOUT_CHILD,
    /** The staff member approving is the patron who asked: a colleague must check and approve. */
    APPROVER_IS_REQUESTER,
    /** The pair's link was ENDED (by staff or a court): a desk approval never brings it back. */
    LINK_ENDED
  }

  /** Thrown with a {@link Refusal}; rolls the transaction back (nothing was committed). */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Refusal refusal;

    Refused(Refusal refusal) {
      super(refusal.name(), null, false, false);
      this.refusal = refusal;
    }

    public Refusal refusal() {
      return refusal;
    }
  }

  /** What an approval made: the link now ACTIVE and verified. */
  public record Approved(String ticketId, String linkId, String status) {}

  private final AccessCore core;
  private final AccessPolicy policy;

  public LinkRequestDesk(AccessCore core) {
    this.core = core;
    this.policy = core.policy();
  }

  /** The undecided requests this staff member may work, oldest first; each one shown is logged. */
  public List<OpenLinkRequest> open(AuthenticatedUser user) {
    return core.list(
        user,
        unit -> {
          List<OpenLinkRequest> shown = new ArrayList<>();
          for (OpenLinkRequest request :
              unit.session().getMapper(LinkRequestMapper.class).openRequests()) {
            // The list shows the requester's name and card (profile) and their request (ticket):
            // both, or not shown.
            Purpose listed =
                Purpose.readAll(onTicket(request.ticketId()), Category.PROFILE, Category.TICKETS);
            if (unit.access(request.requesterId(), listed).isPresent()) {
              shown.add(request);
            }
          }
          return shown;
        });
  }

  /**
   * Links the requester to the minor holding {@code minorCard}, verified with {@code document}, and
   * resolves the ticket, all in one transaction. Empty when there is no such request.
   *
   * @throws Refused when the request was decided, the pair is linked already, or the card is wrong
   */
  public Optional<Approved> approve(
      AuthenticatedUser user, String ticketId, String minorCard, IdDocumentType document) {
    return core.run(
        user,
        undecided(ticketId, Category.PROFILE),
        scope -> {
          SqlSession session = scope.session();
          LinkRequestMapper mapper = session.getMapper(LinkRequestMapper.class);
          RequestTicket ticket =
              mapper.lockRequest(ticketId); // locked already, in this transaction
          // Staff who are patrons too never approve their own request: the check in person is
          // someone else's.
          // The rule read the requester's profile as the caller's own (SELF), or the caller opened
          // the ticket.
          if (user.subject().equals(ticket.openedBy()) || scope.grant().ground() == Ground.SELF) {
            throw new Refused(Refusal.APPROVER_IS_REQUESTER);
          }
          CardHolder minor = mapper.findByCard(minorCard);
          if (minor == null) {
            throw new Refused(Refusal.NO_SUCH_CARD);
          }
          if (minor.id().equals(ticket.patronId())) {
            throw new Refused(Refusal.CARD_IS_REQUESTERS);
          }
          StoredLink link = mapper.lockLink(ticket.patronId(), minor.id());
          NamedChild named = mapper.findNamedChild(ticketId);
          if (named == null) {
            // A request stored before V12 names no child apart from its text; only a link already
            // on file
            // for this pair (imported from the ILS, awaiting identification) says who the child is.
            if (link == null) {
              throw new Refused(Refusal.REQUEST_WITHOUT_CHILD);
            }
          } else if (!named.birthDate().equals(minor.birthDate())
              || !PersonName.matches(named.name(), minor.firstName(), minor.lastName())) {
            throw new Refused(Refusal.CARD_NOT_NAMED_CHILD);
          }
          if (!policy.isMinor(minor.birthDate(), scope.today())) {
            throw new Refused(Refusal.NOT_A_MINOR);
          }
          // Staff named the child's card while working this ticket: library business on the child's
          // profile too.
          if (scope
              .also(minor.id(), Purpose.childOnLinkTicket(ticketId, ticket.patronId()))
              .isEmpty()) {
            return null;
          }
          if (link != null && "ACTIVE".equals(link.status()) && link.verified()) {
            throw new Refused(Refusal.ALREADY_LINKED);
          }
          if (link != null && "ENDED".equals(link.status())) {
            throw new Refused(Refusal.LINK_ENDED);
          }
          Instant now = scope.now();
          String staff = user.subject();
          String linkId = link == null ? UUID.randomUUID().toString() : link.id();
          try {
            if (link == null) {
              mapper.insertLink(linkId, ticket.patronId(), minor.id(), document.name(), staff, now);
            } else if (mapper.activateLink(linkId, document.name(), staff, now)
                != 1) { // imported unverified, or pending
              throw new Refused(
                  Refusal
                      .LINK_ENDED); // the SQL refuses an ENDED link too, whatever the check above
            }
          } catch (PersistenceException e) {
            // Another approval linked the same pair between our check and our insert (unique pair).
            throw new Refused(Refusal.ALREADY_LINKED);
          }
          mapper.finishTicket(ticketId, "RESOLVED", now);
          mapper.insertPublicMessage(
              UUID.randomUUID().toString(),
              ticketId,
              staff,
              staffRole(user),
              SystemMessage.of(SystemMessage.GUARDIAN_LINK_APPROVED),
              now);
          return new Approved(ticketId, linkId, "RESOLVED");
        });
  }

  /**
   * Closes the request with a reason the requester reads in their ticket. Empty when there is no
   * such request.
   *
   * @throws Refused ALREADY_DECIDED when it was approved or rejected before
   */
  public Optional<String> reject(AuthenticatedUser user, String ticketId, String reason) {
    return core.run(
        user,
        undecided(ticketId, Category.TICKETS),
        scope -> {
          LinkRequestMapper mapper = scope.session().getMapper(LinkRequestMapper.class);
          Instant now = scope.now();
          mapper.finishTicket(ticketId, "CLOSED", now);
          mapper.insertPublicMessage(
              UUID.randomUUID().toString(),
              ticketId,
              user.subject(),
              staffRole(user),
              SystemMessage.withReason(SystemMessage.GUARDIAN_LINK_REJECTED, reason),
              now);
          return "CLOSED";
        });
  }

  /**
   * Locks the request's ticket and targets its requester's {@code category} on library business
   * through it; nothing when there is no such request.
   *
   * @throws Refused ALREADY_DECIDED when it was approved or rejected before
   */
  private static AccessCore.Lookup undecided(String ticketId, Category category) {
    return session -> {
      RequestTicket ticket = session.getMapper(LinkRequestMapper.class).lockRequest(ticketId);
      if (ticket == null) {
        return null;
      }
      if (DECIDED.contains(ticket.status())) {
        throw new Refused(Refusal.ALREADY_DECIDED);
      }
      return new AccessCore.Target(ticket.patronId(), Purpose.read(category, onTicket(ticketId)));
    };
  }

  private static RequestContext onTicket(String ticketId) {
    return new RequestContext(ticketId, null, null);
  }

  private static String staffRole(AuthenticatedUser user) {
    return user.hasRole("director") ? "DIRECTOR" : "STAFF";
  }
}
