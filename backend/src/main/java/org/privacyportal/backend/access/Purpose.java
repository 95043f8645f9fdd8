package org.privacyportal.backend.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.privacyportal.backend.vocabulary.Category;

/**
 * What a unit of work does with a patron's records ({@link AccessCore}): which categories it reads
 * or acts on, on which grounds, named in which request context. The access rule ({@link
 * AccessPolicy#decide(org.apache.ibatis.session.SqlSession,
 * org.privacyportal.backend.auth.AuthenticatedUser, String, Purpose)}) narrows its grants by the
 * purpose; the core chooses the transaction's isolation from it ({@link #isolation()}) and logs
 * each category of it that a grant other than SELF reached. Made only through the factories below.
 */
public final class Purpose {

  /** The kinds of purpose; each narrows the access rule its own way (see AccessPolicy.decide). */
  enum Kind {
    /** Read the categories, on any ground the rule grants for each; all of them, or nothing. */
    READ,
    /** Read whatever the rule grants: the dashboard summary. */
    EVERYTHING,
    /** Act in the patron's name on the category (SELF or GUARDIAN only). */
    SELF_SERVICE,
    /**
     * Change the patron's consents: self-service, after the patron's row lock, at READ COMMITTED.
     */
    CONSENT_CHANGE,
    /**
     * Only ask whether the caller may act in the patron's name; nothing is read, nothing logged.
     */
    SELF_SERVICE_CHECK,
    /** Staff work on the patron's records through the request context (LIBRARY_BUSINESS only). */
    LIBRARY_BUSINESS,
    /**
     * Staff deciding a guardian-link ticket read the profile of the child whose card they entered.
     */
    CHILD_ON_LINK_TICKET,
    /**
     * Staff verify a written authorization at the desk: they see whose it is and what it covers
     * (the `authorizations` category, on the authorization itself).
     */
    AUTHORIZATION_CHECK
  }

  private final Kind kind;
  private final Set<Category> categories;
  private final RequestContext context;
  private final String relatedPatronId;

  private Purpose(
      Kind kind, Set<Category> categories, RequestContext context, String relatedPatronId) {
    this.kind = kind;
    this.categories = Set.copyOf(categories);
    this.context = Objects.requireNonNull(context, "context");
    this.relatedPatronId = relatedPatronId;
  }

  /** Read {@code category}, on whatever ground the access rule grants in this request. */
  public static Purpose read(Category category, RequestContext context) {
    return new Purpose(Kind.READ, EnumSet.of(category), context, null);
  }

  /** Read all of these categories (each on whatever ground the rule grants), or none of them. */
  public static Purpose readAll(RequestContext context, Category first, Category... more) {
    return new Purpose(Kind.READ, EnumSet.of(first, more), context, null);
  }

  /** Every category the caller may read in this request, each logged (the summary's counts). */
  public static Purpose everything(RequestContext context) {
    return new Purpose(Kind.EVERYTHING, EnumSet.allOf(Category.class), context, null);
  }

  /**
   * Act in the patron's name on {@code category}: opt-ins, receipts, requests, exports, questions.
   * The patron or their guardian only ({@link AccessPolicy#SELF_SERVICE}).
   */
  public static Purpose selfService(Category category) {
    return new Purpose(Kind.SELF_SERVICE, EnumSet.of(category), RequestContext.NONE, null);
  }

  /**
   * A change to the patron's consents (opt-ins, the policy acceptance, the SMS number):
   * self-service on {@code consents}, run at READ COMMITTED. Such a change reads (access rule,
   * patron) before it takes the patron's lock (ConsentMapper.lockPatron), and under MariaDB's
   * default REPEATABLE READ every later plain read would still see the database as it was at that
   * first read: a loan returned and kept while the change waited for the lock would be missed, and
   * an opt-out would leave it tied to the patron. Read committed makes each read after the lock see
   * what the lock's holder committed; the lock itself keeps two changes (or a change and a return)
   * for one patron from interleaving.
   */
  public static Purpose consentChange() {
    return new Purpose(
        Kind.CONSENT_CHANGE, EnumSet.of(Category.CONSENTS), RequestContext.NONE, null);
  }

  /**
   * Only whether the caller may act in the patron's name on {@code category}, for a step that reads
   * none of the patron's records itself (starting an export, whose reads are each their own logged
   * unit of work); nothing is logged.
   */
  public static Purpose selfServiceCheck(Category category) {
    return new Purpose(Kind.SELF_SERVICE_CHECK, EnumSet.of(category), RequestContext.NONE, null);
  }

  /**
   * Staff work on {@code category} through the ticket or desk lookup the context names: library
   * business only.
   */
  public static Purpose libraryBusiness(Category category, RequestContext context) {
    return new Purpose(Kind.LIBRARY_BUSINESS, EnumSet.of(category), context, null);
  }

  /**
   * The profile of the child whose card staff entered while deciding the guardian-link ticket
   * {@code ticketId} of {@code requesterId}: library business on that ticket.
   */
  public static Purpose childOnLinkTicket(String ticketId, String requesterId) {
    return new Purpose(
        Kind.CHILD_ON_LINK_TICKET,
        EnumSet.of(Category.PROFILE),
        new RequestContext(ticketId, null, null),
        Objects.requireNonNull(requesterId, "requesterId"));
  }

  /**
   * Making the desk check {@code checkId} of a written authorization (docs/desk.md): the staff
   * member learns whose authorization it is, to whom and for what. Granted on the check itself
   * (theirs, not expired, the authorization in force) as WRITTEN_AUTHORIZATION on `authorizations`,
   * so that the patron's access log names the grantee it was disclosed for.
   */
  public static Purpose authorizationCheck(String checkId) {
    return new Purpose(
        Kind.AUTHORIZATION_CHECK,
        EnumSet.of(Category.AUTHORIZATIONS),
        RequestContext.authorizationCheck(Objects.requireNonNull(checkId, "checkId")),
        null);
  }

  Kind kind() {
    return kind;
  }

  /** The categories this purpose reads or acts on. */
  public Set<Category> categories() {
    return categories;
  }

  RequestContext context() {
    return context;
  }

  String relatedPatronId() {
    return relatedPatronId;
  }

  /** Whether what the grants reach is written to the access log (all but a mere check). */
  boolean logs() {
    return kind != Kind.SELF_SERVICE_CHECK;
  }

  /**
   * The transaction's isolation: READ COMMITTED for consent changes, else the database's default.
   */
  TransactionIsolationLevel isolation() {
    return kind == Kind.CONSENT_CHANGE ? TransactionIsolationLevel.READ_COMMITTED : null;
  }

  @Override
  public String toString() {
    return "Purpose[" + kind + " " + categories + "]";
  }
}
