package org.privacyportal.backend.details;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.Ground;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.audit.AccessEntry;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.patron.Address;
import org.privacyportal.backend.records.Category;
import org.privacyportal.backend.ticket.TicketMapper;
import org.privacyportal.backend.ticket.SystemMessage;

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

  private final SqlSessionFactory sessions;
  private final AccessPolicy policy;
  private final AccessLog accessLog;

  public DetailChangeDecisions(SqlSessionFactory sessions, AccessPolicy policy, AccessLog accessLog) {
    this.sessions = sessions;
    this.policy = policy;
    this.accessLog = accessLog;
  }

  /** The pending requests, oldest first, each one the access rule lets this caller read. */
  public StaffQueue queue(AuthenticatedUser user) {
    try (SqlSession session = sessions.openSession(false)) {
      DetailChangeMapper mapper = session.getMapper(DetailChangeMapper.class);
      long pending = mapper.countPending();
      List<StaffChangeView> items = new ArrayList<>();
      List<AccessEntry> entries = new ArrayList<>();
      Instant now = now();
      for (DetailChange request : mapper.pendingQueue(QUEUE_LIMIT)) {
        Optional<Grant> grant = grant(session, user, request);
        if (grant.isEmpty()) {
          continue; // not readable on library business (its ticket was closed elsewhere): not shown
        }
        PatronIdentity patron = mapper.identity(request.patronId());
        items.add(new StaffChangeView(request.id(), patron.fullName(), patron.cardNumber(), request.requestedByRole(),
            request.requestedAt(), ChangeView.wireNames(request.change()),
            onlyChanged(mapper.currentDetails(request.patronId()), request.change()), request.change().values()));
        entries.add(grant.get().entry(request.patronId(), Category.PROFILE, now));
      }
      for (AccessEntry entry : entries) { // last, just before commit: the log's head stays locked until then
        accessLog.append(session, entry);
      }
      session.commit(true);
      return new StaffQueue(pending, items);
    }
  }

  /**
   * Approves a pending request: the patron's record takes the new values.
   *
   * @return the decided request, or empty when there is no such request (or the caller may not decide it)
   * @throws ChangeConflict when it was decided or withdrawn already
   */
  public Optional<ChangeView> approve(AuthenticatedUser user, String requestId) {
    return decide(user, requestId, Status.APPROVED, null);
  }

  /**
   * Rejects a pending request; the patron sees {@code reason}.
   *
   * @return the decided request, or empty when there is no such request (or the caller may not decide it)
   * @throws ChangeConflict when it was decided or withdrawn already
   */
  public Optional<ChangeView> reject(AuthenticatedUser user, String requestId, String reason) {
    return decide(user, requestId, Status.REJECTED, reason);
  }

  private Optional<ChangeView> decide(AuthenticatedUser user, String requestId, Status outcome, String reason) {
    try (SqlSession session = sessions.openSession(false)) {
      DetailChangeMapper mapper = session.getMapper(DetailChangeMapper.class);
      DetailChange seen = mapper.find(requestId);
      if (seen == null) {
        return Optional.empty();
      }
      // the patron first, then the request: the order every change to a patron's requests takes
      mapper.lockPatron(seen.patronId());
      DetailChange request = mapper.findForUpdate(requestId);
      if (!request.isPending()) {
        throw new ChangeConflict(ChangeConflict.Kind.NOT_PENDING);
      }
      Optional<Grant> grant = grant(session, user, request);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      Instant now = now();
      Grant staff = grant.get();
      if (mapper.finish(requestId, outcome, staff.actorSubject(), staff.actorRole(), now, reason) != 1) {
        throw new ChangeConflict(ChangeConflict.Kind.NOT_PENDING);
      }
      if (outcome == Status.APPROVED && mapper.applyToPatron(request.patronId(), request.change()) != 1) {
        throw new IllegalStateException("the patron's row was not updated"); // rolled back: nothing half-done
      }
      TicketMapper tickets = session.getMapper(TicketMapper.class);
      tickets.insertSystemReply(request.ticketId(), UUID.randomUUID().toString(), staff.actorSubject(),
          staff.actorRole(), outcome == Status.APPROVED ? SystemMessage.of(SystemMessage.DETAILS_APPROVED)
              : SystemMessage.withReason(SystemMessage.DETAILS_REJECTED, reason), now);
      tickets.updateStatus(request.ticketId(), "RESOLVED", now);
      accessLog.append(session, staff.entry(request.patronId(), Category.PROFILE, now));
      session.commit(true);
      return Optional.of(ChangeView.of(mapper.find(requestId)));
    }
  }

  /** Library business through the request's ticket; nothing else lets staff act on it here. */
  private Optional<Grant> grant(SqlSession session, AuthenticatedUser user, DetailChange request) {
    return policy.decide(session, user, request.patronId(), Category.PROFILE,
            new RequestContext(request.ticketId(), null, null))
        .filter(g -> g.ground() == Ground.LIBRARY_BUSINESS);
  }

  /** The current values of the fields the request changes; the others are not read out. */
  private static ContactDetails onlyChanged(ContactDetails current, RequestedChange change) {
    Address address = change.changes(Field.ADDRESS) ? current.address() : null;
    return new ContactDetails(change.changes(Field.EMAIL) ? current.email() : null,
        change.changes(Field.PHONE) ? current.phone() : null, address);
  }

  private Instant now() {
    return policy.now().truncatedTo(ChronoUnit.MICROS);
  }
}
