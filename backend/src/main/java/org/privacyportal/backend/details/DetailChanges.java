package org.privacyportal.backend.details;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.Ground;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.records.Category;
import org.privacyportal.backend.ticket.TicketMapper;
import org.privacyportal.backend.ticket.SystemMessage;
import org.privacyportal.backend.ticket.Tickets;

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
  static final String TICKET_SUBJECT = "Update my details";

  private final SqlSessionFactory sessions;
  private final AccessPolicy policy;
  private final AccessLog accessLog;

  public DetailChanges(SqlSessionFactory sessions, AccessPolicy policy, AccessLog accessLog) {
    this.sessions = sessions;
    this.policy = policy;
    this.accessLog = accessLog;
  }

  /** The current details and requests, or empty when the caller may not see them (or there is no such patron). */
  public Optional<PatronDetailChanges> view(AuthenticatedUser user, String patronId) {
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Grant> grant = grant(session, user, patronId);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      PatronDetailChanges view = read(session, patronId);
      log(session, grant.get(), patronId);
      session.commit(true);
      return Optional.of(view);
    }
  }

  /**
   * Records a change request and opens its ticket.
   *
   * @return the new request, or empty when the caller may not ask (or there is no such patron)
   * @throws ChangeConflict when a request is already pending, or nothing would change
   */
  public Optional<ChangeView> request(AuthenticatedUser user, String patronId, RequestedChange asked) {
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Grant> grant = grant(session, user, patronId);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      DetailChangeMapper mapper = session.getMapper(DetailChangeMapper.class);
      ContactDetails current = mapper.lockPatron(patronId);
      if (current == null) {
        return Optional.empty();
      }
      if (mapper.pendingForUpdate(patronId) != null) {
        throw new ChangeConflict(ChangeConflict.Kind.ALREADY_PENDING); // rolled back on close
      }
      RequestedChange change = asked.without(current);
      if (change.isEmpty()) {
        throw new ChangeConflict(ChangeConflict.Kind.NOTHING_CHANGES);
      }
      Instant now = now();
      String role = grant.get().ground().name();
      String subject = grant.get().actorSubject();
      String ticketId = Tickets.open(session, patronId, TICKET_TYPE, TICKET_SUBJECT, subject, authorRole(grant.get()),
          ticketBody(change), now);
      DetailChange request = new DetailChange(UUID.randomUUID().toString(), patronId, Status.PENDING, change, role,
          subject, now, ticketId, null, null);
      mapper.insert(request);
      log(session, grant.get(), patronId);
      session.commit(true);
      return Optional.of(ChangeView.of(request));
    }
  }

  /**
   * Withdraws the patron's pending request and closes its ticket.
   *
   * @return the withdrawn request, or empty when the caller may not, or it is not this patron's
   * @throws ChangeConflict when it was decided or withdrawn already
   */
  public Optional<ChangeView> withdraw(AuthenticatedUser user, String patronId, String requestId) {
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Grant> grant = grant(session, user, patronId);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      DetailChangeMapper mapper = session.getMapper(DetailChangeMapper.class);
      mapper.lockPatron(patronId);
      DetailChange request = mapper.findForUpdate(requestId);
      if (request == null || !request.patronId().equals(patronId)) {
        return Optional.empty();
      }
      if (!request.isPending()) {
        throw new ChangeConflict(ChangeConflict.Kind.NOT_PENDING);
      }
      Instant now = now();
      String subject = grant.get().actorSubject();
      if (mapper.finish(requestId, Status.WITHDRAWN, subject, grant.get().ground().name(), now, null) != 1) {
        throw new ChangeConflict(ChangeConflict.Kind.NOT_PENDING);
      }
      TicketMapper tickets = session.getMapper(TicketMapper.class);
      tickets.insertSystemReply(request.ticketId(), UUID.randomUUID().toString(), subject, authorRole(grant.get()),
          SystemMessage.of(SystemMessage.DETAILS_WITHDRAWN), now);
      tickets.updateStatus(request.ticketId(), "CLOSED", now);
      log(session, grant.get(), patronId);
      session.commit(true);
      return Optional.of(ChangeView.of(mapper.find(requestId)));
    }
  }

  private static PatronDetailChanges read(SqlSession session, String patronId) {
    DetailChangeMapper mapper = session.getMapper(DetailChangeMapper.class);
    DetailChange pending = mapper.pendingFor(patronId);
    return new PatronDetailChanges(mapper.currentDetails(patronId), pending == null ? null : ChangeView.of(pending),
        mapper.decidedFor(patronId, DECIDED_SHOWN).stream().map(ChangeView::of).toList());
  }

  /** The patron themself or their guardian; staff, grantees and legal process do not change a patron's details here. */
  private Optional<Grant> grant(SqlSession session, AuthenticatedUser user, String patronId) {
    return policy.decideSelfService(session, user, patronId, Category.PROFILE);
  }

  /** A guardian's access is an access like any other: logged in the same transaction, last before commit. */
  private void log(SqlSession session, Grant grant, String patronId) {
    if (grant.isLogged()) {
      accessLog.append(session, grant.entry(patronId, Category.PROFILE, now()));
    }
  }

  /** The database keeps microseconds: an answer shows the times exactly as stored. */
  private Instant now() {
    return policy.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static String authorRole(Grant grant) {
    return grant.ground() == Ground.GUARDIAN ? "GUARDIAN" : "PATRON";
  }

  /**
   * The ticket says which fields change, never their values: tickets are read more widely than the
   * request itself (the staff list shows the values to whoever decides).
   */
  static String ticketBody(RequestedChange change) {
    return "Please change my " + change.changed().stream().map(DetailChanges::label)
        .collect(Collectors.joining(", ")) + ". The new values are in the change request, waiting for staff approval.";
  }

  static String label(Field field) {
    return switch (field) {
      case EMAIL -> "e-mail address";
      case PHONE -> "phone number";
      case ADDRESS -> "postal address";
    };
  }
}
