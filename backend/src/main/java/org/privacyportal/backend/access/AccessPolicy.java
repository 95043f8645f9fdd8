package org.privacyportal.backend.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.legal.LegalRequestMapper;
import org.privacyportal.backend.legal.LegalRequestScope;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.ticket.TicketForAccess;
import org.privacyportal.backend.ticket.TicketMapper;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * The access rule of docs/product.md section 3, the one place that decides who may read which
 * category of a patron's records. The access core ({@link AccessCore}) asks it at the start of
 * every unit of work; anything it does not grant is refused (deny by default), and the endpoint
 * then answers exactly as for a patron that does not exist. Every narrowing of a grant lives here
 * too: what a {@link Purpose} allows (self-service, library business only, the child named on a
 * guardian-link ticket), who sees a full phone number, whose token counts as staff.
 *
 * <p>The grounds, in the order they are tried (the first that applies is the one logged):
 *
 * <ol>
 *   <li>SELF: the caller's own patron record, minors included; never through an impersonation
 *       token.
 *   <li>GUARDIAN: an ACTIVE link from the caller's patron record to the patron (verified, where the
 *       profile requires it), while the patron is under the profile's age of majority today, in the
 *       library's time zone. The link stops granting at 00:00 library time on the birthday of
 *       majority; nothing has to run for that.
 *   <li>WRITTEN_AUTHORIZATION: an authorization naming the caller's patron record, for the
 *       category, valid now and not revoked. One a guardian signed ends with the minority.
 *   <li>LIBRARY_BUSINESS: staff or director naming an open ticket about the patron that is assigned
 *       to them (or, unassigned, one of the queue types), for the categories its type needs ({@link
 *       #TICKET_CATEGORIES}); or a desk lookup they made for the patron that has not expired, for
 *       {@link #DESK_LOOKUP_CATEGORIES}. Never `loan_history`. An impersonation token counts here,
 *       as the impersonating staff member, only when that member is known staff (the staff
 *       directory), and only here.
 *   <li>LEGAL_PROCESS: a director naming an APPROVED legal request that covers the patron and the
 *       category, with an instrument the profile accepts (or an incident disclosure, where the
 *       profile allows them); limited to the request's period, sealed until its notice date.
 * </ol>
 *
 * SQL lives in the feature packages' mappers; this class holds only the rules. All reads happen in
 * the caller's session, so the decision, the records read and the log entry share one transaction.
 */
public final class AccessPolicy {

  static final String STAFF = "staff";
  static final String DIRECTOR = "director";

  /** Actor roles as the access log records them. */
  static final String ACTOR_PATRON = "PATRON";

  static final String ACTOR_STAFF = "STAFF";
  static final String ACTOR_DIRECTOR = "DIRECTOR";

  private static final Set<String> FINISHED_TICKET = Set.of("RESOLVED", "CLOSED");
  private static final String GUARDIAN_LINK_TICKET = "GUARDIAN_LINK";

  private final LibraryProfile profile;
  private final Clock clock;

  public AccessPolicy(LibraryProfile profile, Clock clock) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public LibraryProfile profile() {
    return profile;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Today's date at the library (birthdays and sealing are counted in its time zone). */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), profile.timeZone());
  }

  /**
   * True while someone born on {@code birthDate} is a minor on {@code day}: up to the day before
   * the birthday of majority.
   */
  public boolean isMinor(LocalDate birthDate, LocalDate day) {
    return day.isBefore(birthDate.plusYears(profile.ageOfMajority()));
  }

  /** Whether an ACTIVE guardian link lets the guardian act for the minor on {@code day}. */
  public boolean guardianLinkGrants(boolean verified, LocalDate minorBirthDate, LocalDate day) {
    return (verified || !profile.guardianNeedsVerifiedId()) && isMinor(minorBirthDate, day);
  }

  /**
   * The caller's own patron record, if they have one. An impersonation token has none: whoever uses
   * it is a staff member, not the account holder.
   */
  Optional<String> ownPatronId(SqlSession session, AuthenticatedUser user) {
    if (user.isImpersonated()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        session.getMapper(GroundMapper.class).patronIdBySubject(user.subject()));
  }

  /**
   * The grounds on which someone acts for a patron rather than reads about them: changing opt-ins,
   * asking for changes, exporting, questioning the access log. Only the patron or their guardian;
   * staff, grantees and legal process may read some categories but never act in a patron's name.
   */
  static final Set<Ground> SELF_SERVICE = EnumSet.of(Ground.SELF, Ground.GUARDIAN);

  /**
   * What {@code purpose} may do with this patron's records for this caller: the grants of the
   * purpose's categories, narrowed as the purpose requires. Empty when refused (deny by default).
   * Only the access core asks, inside its unit of work.
   */
  PatronAccess decide(
      SqlSession session, AuthenticatedUser user, String patronId, Purpose purpose) {
    return switch (purpose.kind()) {
      case READ -> {
        PatronAccess access =
            evaluate(session, user, patronId, purpose.context())
                .only(purpose.categories(), g -> true);
        yield access.categories().containsAll(purpose.categories()) ? access : PatronAccess.NONE;
      }
      case EVERYTHING -> evaluate(session, user, patronId, purpose.context());
      case SELF_SERVICE, CONSENT_CHANGE, SELF_SERVICE_CHECK ->
          evaluate(session, user, patronId, RequestContext.NONE)
              .only(purpose.categories(), g -> SELF_SERVICE.contains(g.ground()));
      case LIBRARY_BUSINESS ->
          evaluate(session, user, patronId, purpose.context())
              .only(purpose.categories(), g -> g.ground() == Ground.LIBRARY_BUSINESS);
      case CHILD_ON_LINK_TICKET -> childOnLinkTicket(session, user, patronId, purpose);
    };
  }

  /**
   * Whether the holder of {@code grant} sees the patron's full mobile number: the patron themself
   * only.
   */
  public boolean seesFullPhoneNumber(Grant grant) {
    return grant.ground() == Ground.SELF;
  }

  /**
   * Whether this token is a staff member's (or the director's) own sign-in, whose name the staff
   * directory may record: not an impersonation token, whose name and roles are the impersonated
   * account's.
   */
  public static boolean isStaffSignIn(AuthenticatedUser user) {
    return !user.isImpersonated() && (user.hasRole(STAFF) || user.hasRole(DIRECTOR));
  }

  /**
   * Everything this caller may read of this patron in this request.
   *
   * <p>Which statements run depends only on the request (who asks, naming what), never on what is
   * stored: a patron the caller may not see and one that does not exist cost the same queries, so
   * not even the answer's timing tells them apart.
   */
  PatronAccess evaluate(
      SqlSession session, AuthenticatedUser user, String patronId, RequestContext context) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(context, "context");
    if (patronId == null) {
      return PatronAccess.NONE;
    }
    Optional<String> own = ownPatronId(session, user);
    LocalDate birthDate = session.getMapper(GroundMapper.class).birthDate(patronId);
    EnumMap<Category, Grant> grants = new EnumMap<>(Category.class);
    if (birthDate != null && own.isPresent() && own.get().equals(patronId)) {
      Grant self = Grant.self(user.subject());
      for (Category category : Category.values()) {
        grants.put(category, self);
      }
      return new PatronAccess(grants);
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, profile.timeZone());
    // A patron that does not exist is treated as an adult here and refused at the end.
    boolean minor = birthDate != null && isMinor(birthDate, today);
    if (own.isPresent()) {
      guardian(session, user, own.get(), patronId, minor, grants);
      writtenAuthorization(session, user, own.get(), patronId, minor, now, grants);
    }
    libraryBusiness(session, user, patronId, context, now, grants);
    legalProcess(session, user, patronId, context, grants);
    Optional<Grant> history = Optional.ofNullable(grants.get(Category.LOAN_HISTORY));
    grants.replaceAll(
        (category, grant) -> grant.withReadingHistory(readsReadingHistory(grant, history)));
    return birthDate == null ? PatronAccess.NONE : new PatronAccess(grants);
  }

  /**
   * Whether a grant may show reading history in another guise: the title and author of a hold no
   * longer active (fulfilled, cancelled or expired), what an online service lent or showed (its
   * detail), the topic of a reference consultation. Rows of `holds`, `online_services` and
   * `reference` read without it keep their dates, status, channel and service, with those fields
   * null (docs/consents.md).
   *
   * <p>The patron and their guardian see them. A written authorization or a legal request only when
   * that same authorization or request also covers `loan_history`: a court order for `holds` alone
   * does not reach what the patron read. Library business never, whatever the category
   * (docs/product.md section 3: reading history is never library business).
   *
   * @param grant the grant to read a category
   * @param loanHistory the grant to read `loan_history` in the same request, if any
   */
  public static boolean readsReadingHistory(Grant grant, Optional<Grant> loanHistory) {
    return switch (grant.ground()) {
      case SELF, GUARDIAN -> true;
      case LIBRARY_BUSINESS -> false;
      case WRITTEN_AUTHORIZATION, LEGAL_PROCESS ->
          loanHistory
              .filter(
                  h ->
                      h.ground() == grant.ground()
                          && Objects.equals(h.groundRef(), grant.groundRef()))
              .isPresent();
    };
  }

  /**
   * Whether reading {@code holds} on this grant lists holds no longer active (fulfilled, cancelled,
   * expired). Library business (a desk lookup or a ticket) sees only the active ones: what the
   * patron is waiting for is desk business, what they waited for before is reading history
   * (docs/desk.md).
   */
  public static boolean showsEndedHolds(Grant grant) {
    return grant.ground() != Ground.LIBRARY_BUSINESS;
  }

  private void guardian(
      SqlSession session,
      AuthenticatedUser user,
      String callerPatronId,
      String patronId,
      boolean minor,
      EnumMap<Category, Grant> grants) {
    GroundMapper.ActiveGuardianLink link =
        session.getMapper(GroundMapper.class).activeGuardianLink(callerPatronId, patronId);
    // An adult has no guardian, whatever links remain on file.
    if (link == null || !minor || (profile.guardianNeedsVerifiedId() && !link.verified())) {
      return;
    }
    Grant grant =
        new Grant(
            Ground.GUARDIAN, user.subject(), ACTOR_PATRON, null, link.id(), null, null, null, null);
    for (Category category : Category.values()) {
      grants.putIfAbsent(category, grant);
    }
  }

  private void writtenAuthorization(
      SqlSession session,
      AuthenticatedUser user,
      String callerPatronId,
      String patronId,
      boolean minor,
      Instant now,
      EnumMap<Category, Grant> grants) {
    List<GroundMapper.AuthorizedCategory> valid =
        session.getMapper(GroundMapper.class).validAuthorizations(patronId, callerPatronId, now);
    for (GroundMapper.AuthorizedCategory covered :
        valid) { // newest authorization first: it names the entry
      // A guardian signs for a minor; that authority, and what it signed, ends with the minority.
      if ("GUARDIAN".equals(covered.signedByRole()) && !minor) {
        continue;
      }
      Optional<Category> category = Category.fromWireName(covered.category());
      category.ifPresent(
          c ->
              grants.putIfAbsent(
                  c,
                  new Grant(
                      Ground.WRITTEN_AUTHORIZATION,
                      user.subject(),
                      ACTOR_PATRON,
                      null,
                      covered.authorizationId(),
                      null,
                      null,
                      null,
                      null)));
    }
  }

  private void libraryBusiness(
      SqlSession session,
      AuthenticatedUser user,
      String patronId,
      RequestContext context,
      Instant now,
      EnumMap<Category, Grant> grants) {
    Optional<StaffActor> staff = staffActor(user);
    if (staff.isEmpty()) {
      return;
    }
    String actor = staff.get().subject();
    String actorRole = staff.get().role();
    // Both statements run whenever the request names a ticket or a lookup, whatever is stored.
    TicketForAccess ticket =
        context.ticketId() == null
            ? null
            : session.getMapper(TicketMapper.class).findForAccess(context.ticketId(), patronId);
    GroundMapper.ValidDeskLookup lookup =
        context.deskLookupId() == null
            ? null
            : session
                .getMapper(GroundMapper.class)
                .validDeskLookup(context.deskLookupId(), actor, patronId, now);
    if (!isAttributable(session, user)) {
      return;
    }
    if (ticket != null && ticketGrants(ticket, actor)) {
      Grant grant =
          new Grant(
              Ground.LIBRARY_BUSINESS,
              actor,
              actorRole,
              impersonated(user),
              ticket.id(),
              null,
              null,
              null,
              null);
      TICKET_CATEGORIES.get(ticket.type()).forEach(category -> grants.putIfAbsent(category, grant));
    }
    if (lookup != null) {
      Grant grant =
          new Grant(
              Ground.LIBRARY_BUSINESS,
              actor,
              actorRole,
              impersonated(user),
              lookup.id(),
              lookup.reason(),
              null,
              null,
              null);
      DESK_LOOKUP_CATEGORIES.forEach(category -> grants.putIfAbsent(category, grant));
    }
  }

  /**
   * What a desk lookup opens (docs/desk.md): what a circulation desk needs to help the patron in
   * front of it. Current loans, not the reading history; holds, whose finished ones are reading
   * history (their titles are never shown on library business); fines; the profile to know whom it
   * is helping. Nothing else: consents, authorizations, tickets, events, reference, online services
   * and the access log are not desk business.
   */
  public static final Set<Category> DESK_LOOKUP_CATEGORIES =
      Collections.unmodifiableSet(
          EnumSet.of(Category.PROFILE, Category.LOANS, Category.HOLDS, Category.FINES));

  /**
   * What working a ticket of each type opens (docs/desk.md), and nothing for a type not listed
   * here. Never `loan_history`: reading history is never library business.
   */
  static final Map<String, Set<Category>> TICKET_CATEGORIES =
      Map.of(
          // the patron's contact details, checked against the requested change (and nothing else)
          "UPDATE_DETAILS", EnumSet.of(Category.PROFILE),
          // who asks (profile) and their request and its thread (tickets)
          "GUARDIAN_LINK", EnumSet.of(Category.PROFILE, Category.TICKETS),
          // the entry the patron asks about, and the question
          "PRIVACY_QUESTION", EnumSet.of(Category.ACCESS_LOG, Category.TICKETS),
          // a borrowed item lost or damaged: its loan and the replacement fee; whom to contact
          "LOST_ITEM",
              EnumSet.of(Category.PROFILE, Category.LOANS, Category.FINES, Category.TICKETS),
          // a copy of records is the patron's own export; staff only confirm who asks
          "RECORD_REQUEST", EnumSet.of(Category.PROFILE, Category.TICKETS),
          // legal process reads records on its own ground (the director, an approved request): the
          // ticket
          // tracks the correspondence only
          "LEGAL_REQUEST", EnumSet.of(Category.TICKETS),
          // closing an account: nothing may be outstanding (current loans, active holds, fines)
          "CLOSE_ACCOUNT",
              EnumSet.of(
                  Category.PROFILE,
                  Category.LOANS,
                  Category.HOLDS,
                  Category.FINES,
                  Category.TICKETS));

  /**
   * Ticket types staff pick up from a shared queue (the staff desk's lists of detail changes and
   * guardian-link requests): while nobody is assigned, any staff member may work one, on its type's
   * categories only. Every other ticket grants only to the staff member it is assigned to.
   */
  static final Set<String> QUEUE_TICKET_TYPES = Set.of("UPDATE_DETAILS", "GUARDIAN_LINK");

  /**
   * A ticket grants while it is open, to the staff member it is assigned to (or, unassigned, from
   * the queue).
   */
  private static boolean ticketGrants(TicketForAccess ticket, String actor) {
    if (FINISHED_TICKET.contains(ticket.status())
        || !TICKET_CATEGORIES.containsKey(ticket.type())) {
      return false;
    }
    if (ticket.assignedTo() == null) {
      return QUEUE_TICKET_TYPES.contains(ticket.type());
    }
    return ticket.assignedTo().equals(actor);
  }

  /**
   * Whether the staff actor of {@link #staffActor} may be believed: always for a staff member's own
   * token; for an impersonation token only when the impersonator is a known staff member (in the
   * staff directory, filled from validated staff tokens only). The statement runs for every
   * impersonation token, whatever the answer.
   */
  private static boolean isAttributable(SqlSession session, AuthenticatedUser user) {
    return !user.isImpersonated()
        || session.getMapper(GroundMapper.class).isKnownStaff(user.impersonatorId());
  }

  /** Who acts on library business, as the access log names them. */
  private record StaffActor(String subject, String role) {}

  /**
   * The staff member (or director) a token acts for on library business, if any. An impersonation
   * token counts as the impersonating staff member; its roles are the impersonated account's.
   */
  private static Optional<StaffActor> staffActor(AuthenticatedUser user) {
    if (user.isImpersonated()) {
      // Keycloak only lets staff impersonate; the token's roles are the impersonated account's.
      if (!isKeycloakId(user.impersonatorId())) {
        return Optional
            .empty(); // an impersonator claim we cannot attribute to anyone is no ground at all
      }
      return Optional.of(new StaffActor(user.impersonatorId(), ACTOR_STAFF));
    }
    if (user.hasRole(DIRECTOR) || user.hasRole(STAFF)) {
      return Optional.of(
          new StaffActor(user.subject(), user.hasRole(DIRECTOR) ? ACTOR_DIRECTOR : ACTOR_STAFF));
    }
    return Optional.empty();
  }

  /**
   * Staff deciding an open guardian-link ticket may read the profile of the child whose card they
   * entered: library business on that ticket, logged in the child's access log. Nothing else of the
   * child's, and only while the ticket (about the requester) is open.
   */
  private PatronAccess childOnLinkTicket(
      SqlSession session, AuthenticatedUser user, String childId, Purpose purpose) {
    Optional<StaffActor> staff = staffActor(user);
    String ticketId = purpose.context().ticketId();
    TicketForAccess ticket =
        session.getMapper(TicketMapper.class).findForAccess(ticketId, purpose.relatedPatronId());
    LocalDate birthDate = session.getMapper(GroundMapper.class).birthDate(childId);
    if (staff.isEmpty()
        || !isAttributable(session, user)
        || ticket == null
        || !GUARDIAN_LINK_TICKET.equals(ticket.type())
        || !ticketGrants(ticket, staff.get().subject())
        || birthDate == null
        || childId.equals(purpose.relatedPatronId())) {
      return PatronAccess.NONE;
    }
    EnumMap<Category, Grant> grants = new EnumMap<>(Category.class);
    grants.put(
        Category.PROFILE,
        new Grant(
            Ground.LIBRARY_BUSINESS,
            staff.get().subject(),
            staff.get().role(),
            impersonated(user),
            ticketId,
            null,
            null,
            null,
            null));
    return new PatronAccess(grants);
  }

  private void legalProcess(
      SqlSession session,
      AuthenticatedUser user,
      String patronId,
      RequestContext context,
      EnumMap<Category, Grant> grants) {
    if (user.isImpersonated() || !user.hasRole(DIRECTOR) || context.legalRequestId() == null) {
      return;
    }
    LegalRequestMapper legal = session.getMapper(LegalRequestMapper.class);
    LegalRequestScope request = legal.findApprovedFor(context.legalRequestId(), patronId);
    List<String> categories =
        legal.categoriesOf(context.legalRequestId()); // read either way: same queries
    if (request == null || !acceptable(request)) {
      return;
    }
    Grant grant =
        new Grant(
            Ground.LEGAL_PROCESS,
            user.subject(),
            ACTOR_DIRECTOR,
            null,
            request.id(),
            null,
            request.notificationDelayedUntil(),
            request.periodFrom(),
            request.periodTo());
    for (String covered : categories) {
      Category.fromWireName(covered).ifPresent(c -> grants.putIfAbsent(c, grant));
    }
  }

  /**
   * The library discloses only under an instrument its profile accepts, or an allowed incident
   * disclosure.
   */
  private boolean acceptable(LegalRequestScope request) {
    if ("INCIDENT".equals(request.kind())) {
      return profile.incidentDisclosureAllowed();
    }
    return "LEGAL_PROCESS".equals(request.kind())
        && profile.acceptedInstruments().stream()
            .anyMatch(i -> i.name().equals(request.instrument()));
  }

  private static String impersonated(AuthenticatedUser user) {
    return user.isImpersonated() ? user.subject() : null;
  }

  /**
   * Keycloak user ids are UUIDs; the token validator marks an unreadable impersonator claim
   * otherwise.
   */
  private static boolean isKeycloakId(String id) {
    try {
      return id != null && UUID.fromString(id).toString().equalsIgnoreCase(id);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
