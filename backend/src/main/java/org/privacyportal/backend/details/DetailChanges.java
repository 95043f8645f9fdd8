package org.privacyportal.backend.details;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.ticket.SystemMessage;
import org.privacyportal.backend.ticket.TicketMapper;
import org.privacyportal.backend.ticket.TicketSubject;
import org.privacyportal.backend.ticket.Tickets;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * The patron's side of "update my details": see the current details and requests, ask for a change,
 * withdraw it while it waits. Only the patron or their guardian may (the profile category, on the
 * grounds SELF or GUARDIAN); for anyone else there is nothing here, exactly as for a patron that
 * does not exist. A guardian's access is logged in the same transaction, and what a guardian asks
 * is recorded as asked by the guardian.
 *
 * <p>A new request opens an UPDATE_DETAILS ticket in the same transaction: it shows in the patron's
 * tickets, and it is what lets staff read the patron's details to decide (library business).
 */
public final class DetailChanges {

  /** How many decided or withdrawn requests the patron's view shows. */
  static final int DECIDED_SHOWN = 5;

  static final String TICKET_TYPE = "UPDATE_DETAILS";

  /**
   * The patron themself or their guardian; staff, grantees and legal process do not change a
   * patron's details here. A guardian's access is logged by the core like any other.
   */
  private static final Purpose SELF_SERVICE = Purpose.selfService(Category.PROFILE);

  private final AccessCore core;

  public DetailChanges(AccessCore core) {
    this.core = core;
  }

  /**
   * The current details and requests, or empty when the caller may not see them (or there is no
   * such patron).
   */
  public Optional<PatronDetailChanges> view(AuthenticatedUser user, String patronId) {
    return core.run(user, patronId, SELF_SERVICE, scope -> read(scope.session(), patronId));
  }

  /**
   * Records a change request and opens its ticket.
   *
   * @return the new request, or empty when the caller may not ask (or there is no such patron)
   * @throws ChangeConflict when a request is already pending, or nothing would change
   */
  public Optional<ChangeView> request(
      AuthenticatedUser user, String patronId, RequestedChange asked) {
    return core.run(
        user,
        patronId,
        SELF_SERVICE,
        scope -> {
          SqlSession session = scope.session();
          Grant grant = scope.grant();
          DetailChangeMapper mapper = session.getMapper(DetailChangeMapper.class);
          ContactDetails current = mapper.lockPatron(patronId);
          if (current == null) {
            return null;
          }
          if (mapper.pendingForUpdate(patronId) != null) {
            throw new ChangeConflict(ChangeConflict.Kind.ALREADY_PENDING); // rolled back on close
          }
          RequestedChange change = asked.without(current);
          if (change.isEmpty()) {
            throw new ChangeConflict(ChangeConflict.Kind.NOTHING_CHANGES);
          }
          Instant now = scope.now();
          String role = grant.ground().name();
          String subject = grant.actorSubject();
          String ticketId =
              Tickets.open(
                  session,
                  patronId,
                  TICKET_TYPE,
                  TicketSubject.of(TicketSubject.DETAILS_REQUEST),
                  subject,
                  authorRole(grant),
                  ticketBody(change),
                  now);
          DetailChange request =
              new DetailChange(
                  UUID.randomUUID().toString(),
                  patronId,
                  Status.PENDING,
                  change,
                  role,
                  subject,
                  now,
                  ticketId,
                  null,
                  null);
          mapper.insert(request);
          return ChangeView.of(request);
        });
  }

  /**
   * Withdraws the patron's pending request and closes its ticket.
   *
   * @return the withdrawn request, or empty when the caller may not, or it is not this patron's
   * @throws ChangeConflict when it was decided or withdrawn already
   */
  public Optional<ChangeView> withdraw(AuthenticatedUser user, String patronId, String requestId) {
    return core.run(
        user,
        patronId,
        SELF_SERVICE,
        scope -> {
          SqlSession session = scope.session();
          Grant grant = scope.grant();
          DetailChangeMapper mapper = session.getMapper(DetailChangeMapper.class);
          mapper.lockPatron(patronId);
          DetailChange request = mapper.findForUpdate(requestId);
          if (request == null || !request.patronId().equals(patronId)) {
            return null;
          }
          if (!request.isPending()) {
            throw new ChangeConflict(ChangeConflict.Kind.NOT_PENDING);
          }
          Instant now = scope.now();
          String subject = grant.actorSubject();
          if (mapper.finish(requestId, Status.WITHDRAWN, subject, grant.ground().name(), now, null)
              != 1) {
            throw new ChangeConflict(ChangeConflict.Kind.NOT_PENDING);
          }
          TicketMapper tickets = session.getMapper(TicketMapper.class);
          tickets.insertSystemReply(
              request.ticketId(),
              UUID.randomUUID().toString(),
              subject,
              authorRole(grant),
              SystemMessage.of(SystemMessage.DETAILS_WITHDRAWN),
              now);
          tickets.updateStatus(request.ticketId(), "CLOSED", now);
          return ChangeView.of(mapper.find(requestId));
        });
  }

  private static PatronDetailChanges read(SqlSession session, String patronId) {
    DetailChangeMapper mapper = session.getMapper(DetailChangeMapper.class);
    DetailChange pending = mapper.pendingFor(patronId);
    return new PatronDetailChanges(
        mapper.currentDetails(patronId),
        pending == null ? null : ChangeView.of(pending),
        mapper.decidedFor(patronId, DECIDED_SHOWN).stream().map(ChangeView::of).toList());
  }

  private static String authorRole(Grant grant) {
    return grant.ground() == Ground.GUARDIAN ? "GUARDIAN" : "PATRON";
  }

  /**
   * The ticket says which fields change, never their values: tickets are read more widely than the
   * request itself (the staff list shows the values to whoever decides). The fields go as codes, so
   * that each reader sees them in their language.
   */
  static SystemMessage ticketBody(RequestedChange change) {
    return new SystemMessage(
        SystemMessage.DETAILS_REQUESTED,
        java.util.Map.of(
            "fields", change.changed().stream().map(Field::name).collect(Collectors.joining(","))));
  }
}
