package org.privacyportal.backend.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.vocabulary.Category;

/**
 * One transaction of the access core: its session, one instant for all it does, and every access it
 * was granted so far, to be logged just before it commits. A feature sees it when it works through
 * a list of patrons ({@link AccessCore#list}): it asks {@link #access} for each one.
 */
public final class Unit {

  /** An access to log when the unit commits. */
  private record Pending(Grant grant, String patronId, Category category) {}

  private final SqlSession session;
  private final AccessPolicy policy;
  private final AuthenticatedUser caller;
  private Instant now;
  private final List<Pending> pending = new ArrayList<>();

  Unit(SqlSession session, AccessPolicy policy, AuthenticatedUser caller) {
    this.session = session;
    this.policy = policy;
    this.caller = caller;
  }

  public SqlSession session() {
    return session;
  }

  /**
   * The unit's instant: every record written and every log entry of the unit carries it. Read on
   * first use, so that a change that first waits for a patron's lock is stamped after it (changes
   * to one patron's ledger are then in the order they committed); in microseconds, as the database
   * keeps it.
   */
  public Instant now() {
    if (now == null) {
      now = policy.now().truncatedTo(ChronoUnit.MICROS);
    }
    return now;
  }

  /** The library's date at {@link #now()}. */
  public LocalDate today() {
    return LocalDate.ofInstant(now(), policy.profile().timeZone());
  }

  /**
   * Asks the access rule for {@code purpose} on {@code patronId} in this transaction. Granted: the
   * scope to work in, and every category of the purpose that a grant other than SELF reaches will
   * be logged when the unit commits. Refused (or no such patron): empty, and nothing is logged.
   */
  public Optional<Scope> access(String patronId, Purpose purpose) {
    PatronAccess access = policy.decide(session, caller, patronId, purpose);
    if (access.isEmpty()) {
      return Optional.empty();
    }
    if (purpose.logs()) {
      for (Category category : access.categories()) {
        Grant grant = access.grant(category).orElseThrow();
        if (grant.isLogged()) {
          pending.add(new Pending(grant, patronId, category));
        }
      }
    }
    return Optional.of(new Scope(this, patronId, access));
  }

  /**
   * Appends the entries, in the order granted, last before the commit (the log's head stays locked
   * until then).
   */
  void logAndCommit(AccessLog log) {
    for (Pending access : pending) {
      log.append(session, access.grant().entry(access.patronId(), access.category(), now()));
    }
    session.commit(true);
  }
}
