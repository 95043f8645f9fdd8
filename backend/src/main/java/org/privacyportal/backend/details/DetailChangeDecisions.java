package org.privacyportal.backend.details;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.patron.Address;
import org.privacyportal.backend.ticket.SystemMessage;
import org.privacyportal.backend.ticket.TicketMapper;
import org.privacyportal.backend.vocabulary.Category;

/**
 * The staff side: the pending requests, and approving or rejecting one. Staff read a patron's
 * details here on the ground of library business, through the request's open UPDATE_DETAILS ticket,
 * exactly as they would name that ticket to read the profile: the access rule grants it, and each
 * patron shown or decided gets an entry in their access log (category profile), in the same
 * transaction. Once decided, the ticket is resolved, and with it that ground: decided requests are
 * not listed.
 *
 * <p>Approval writes the new values into the patron's record in the same transaction as the
 * decision, and only while the request is still pending: of two staff members deciding the same
 * request at once, exactly one wins; the other gets a conflict and changes nothing.
 */
public final class DetailChangeDecisions {

  /** The longest list one call shows (and logs): more than a desk works through at once. */
  public static final int QUEUE_LIMIT = 50;

  private final AccessCore core;

  public DetailChangeDecisions(AccessCore core) {
    this.core = core;
  }

  /**
   * The pending requests, oldest first, each one the access rule lets this caller read (and
   * logged).
   */
  public StaffQueue queue(AuthenticatedUser user) {
    return core.list(
        user,
        unit -> {
          DetailChangeMapper mapper = unit.session().getMapper(DetailChangeMapper.class);
          long pending = mapper.countPending();
          List<StaffChangeView> items = new ArrayList<>();
          for (DetailChange request : mapper.pendingQueue(QUEUE_LIMIT)) {
            if (unit.access(request.patronId(), onItsTicket(request)).isEmpty()) {
              continue; // not readable on library business (its ticket was closed elsewhere): not
              // shown
            }
            PatronIdentity patron = mapper.identity(request.patronId());
            items.add(
                new StaffChangeView(
                    request.id(),
                    patron.fullName(),
                    patron.cardNumber(),
                    request.requestedByRole(),
                    request.requestedAt(),
                    ChangeView.wireNames(request.change()),
                    onlyChanged(mapper.currentDetails(request.patronId()), request.change()),
                    request.change().values()));
          }
          return new StaffQueue(pending, items);
        });
  }

  /**
   * Approves a pending request: the patron's record takes the new values.
   *
   * @return the decided request, or empty when there is no such request (or the caller may not
   *     decide it)
   * @throws ChangeConflict when it was decided or withdrawn already
   */
  public Optional<ChangeView> approve(AuthenticatedUser user, String requestId) {
    return decide(user, requestId, Status.APPROVED, null);
  }

  /**
   * Rejects a pending request; the patron sees {@code reason}.
   *
   * @return the decided request, or empty when there is no such request (or the caller may not
   *     decide it)
   * @throws ChangeConflict when it was decided or withdrawn already
   */
  public Optional<ChangeView> reject(AuthenticatedUser user, String requestId, String reason) {
    return decide(user, requestId, Status.REJECTED, reason);
  }

  private Optional<ChangeView> decide(
      AuthenticatedUser user, String requestId, Status outcome, String reason) {
    return core.run(
        user,
        session -> {
          DetailChangeMapper mapper = session.getMapper(DetailChangeMapper.class);
          DetailChange seen = mapper.find(requestId);
          if (seen == null) {
            return null;
          }
          // the patron first, then the request: the order every change to a patron's requests takes
          mapper.lockPatron(seen.patronId());
          DetailChange request = mapper.findForUpdate(requestId);
          if (!request.isPending()) {
            throw new ChangeConflict(ChangeConflict.Kind.NOT_PENDING);
          }
          return new AccessCore.Target(request.patronId(), onItsTicket(request));
        },
        scope -> {
          SqlSession session = scope.session();
          DetailChangeMapper mapper = session.getMapper(DetailChangeMapper.class);
          DetailChange request =
              mapper.findForUpdate(requestId); // locked above, in this transaction
          Instant now = scope.now();
          Grant staff = scope.grant();
          if (mapper.finish(
                  requestId, outcome, staff.actorSubject(), staff.actorRole(), now, reason)
              != 1) {
            throw new ChangeConflict(ChangeConflict.Kind.NOT_PENDING);
          }
          if (outcome == Status.APPROVED
              && mapper.applyToPatron(request.patronId(), request.change()) != 1) {
            throw new IllegalStateException(
                "the patron's row was not updated"); // rolled back: nothing half-done
          }
          TicketMapper tickets = session.getMapper(TicketMapper.class);
          tickets.insertSystemReply(
              request.ticketId(),
              UUID.randomUUID().toString(),
              staff.actorSubject(),
              staff.actorRole(),
              outcome == Status.APPROVED
                  ? SystemMessage.of(SystemMessage.DETAILS_APPROVED)
                  : SystemMessage.withReason(SystemMessage.DETAILS_REJECTED, reason),
              now);
          tickets.updateStatus(request.ticketId(), "RESOLVED", now);
          return ChangeView.of(mapper.find(requestId));
        });
  }

  /** Library business through the request's ticket; nothing else lets staff act on it here. */
  private static Purpose onItsTicket(DetailChange request) {
    return Purpose.libraryBusiness(
        Category.PROFILE, new RequestContext(request.ticketId(), null, null));
  }

  /** The current values of the fields the request changes; the others are not read out. */
  private static ContactDetails onlyChanged(ContactDetails current, RequestedChange change) {
    Address address = change.changes(Field.ADDRESS) ? current.address() : null;
    return new ContactDetails(
        change.changes(Field.EMAIL) ? current.email() : null,
        change.changes(Field.PHONE) ? current.phone() : null,
        address);
  }
}
