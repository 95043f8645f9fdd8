package org.privacyportal.backend.access;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;

/**
 * The one unit of work through which every feature reads or changes a patron's records
 * (docs/access-core.md). In one transaction it decides ({@link AccessPolicy}), runs the feature's
 * work with a {@link Scope}, appends an access-log entry for every category of the purpose that a
 * grant other than SELF reached, and commits. Refused, or no such patron: empty, nothing run,
 * nothing logged; the handler answers exactly as for a patron that does not exist. The work fails:
 * the transaction rolls back and nothing is logged, because nothing happened.
 */
public final class AccessCore {

  /** The feature's work on the records the rule granted. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {

    /**
     * @return the result, or null when there is nothing to disclose after all (e.g. a ledger entry
     *     of another patron): the unit then rolls back, logs nothing, and answers empty
     */
    T run(Scope scope) throws E;
  }

  /** The patron a unit is about and what it does with their records. */
  public record Target(String patronId, Purpose purpose) {

    public Target {
      Objects.requireNonNull(patronId, "patronId");
      Objects.requireNonNull(purpose, "purpose");
    }
  }

  /**
   * Finds the target of a unit inside its transaction, before the decision (behind a lock on a
   * ticket or a request); null when there is nothing here. It may throw to refuse (rolled back).
   */
  @FunctionalInterface
  public interface Lookup {
    Target find(SqlSession session);
  }

  private final SqlSessionFactory sessions;
  private final AccessPolicy policy;
  private final AccessLog accessLog;

  public AccessCore(SqlSessionFactory sessions, AccessPolicy policy, AccessLog accessLog) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.accessLog = Objects.requireNonNull(accessLog, "accessLog");
  }

  /** The access rule (the library's profile, its clock and its narrowing rules). */
  public AccessPolicy policy() {
    return policy;
  }

  /** Does {@code purpose} on the records of {@code patronId}, if the access rule grants it. */
  public <T, E extends Exception> Optional<T> run(
      AuthenticatedUser caller, String patronId, Purpose purpose, Work<T, E> work) throws E {
    Objects.requireNonNull(purpose, "purpose");
    return unit(
        caller,
        purpose.isolation(),
        session -> patronId == null ? null : new Target(patronId, purpose),
        work);
  }

  /**
   * As {@link #run(AuthenticatedUser, String, Purpose, Work)}, for a patron found in the unit's own
   * transaction before the decision. The transaction runs at the database's default isolation, so
   * the purpose found must not need another one (a consent change).
   */
  public <T, E extends Exception> Optional<T> run(
      AuthenticatedUser caller, Lookup lookup, Work<T, E> work) throws E {
    return unit(caller, null, lookup, work);
  }

  /**
   * Does {@code purpose} on the caller's own patron record (never through an impersonation token).
   */
  public <T, E extends Exception> Optional<T> own(
      AuthenticatedUser caller, Purpose purpose, Work<T, E> work) throws E {
    return unit(
        caller,
        purpose.isolation(),
        session ->
            policy.ownPatronId(session, caller).map(own -> new Target(own, purpose)).orElse(null),
        work);
  }

  /**
   * Works through many patrons in one transaction (a staff queue): {@code work} asks {@link
   * Unit#access} for each one it would show, and each access granted is logged at commit.
   */
  public <T> T list(AuthenticatedUser caller, Function<Unit, T> work) {
    try (SqlSession session = open(null)) {
      Unit unit = new Unit(session, policy, caller);
      T result;
      try {
        result = work.apply(unit);
      } catch (RuntimeException | Error failed) {
        rollBack(session, failed);
        throw failed;
      }
      unit.logAndCommit(accessLog);
      return result;
    }
  }

  private <T, E extends Exception> Optional<T> unit(
      AuthenticatedUser caller, TransactionIsolationLevel isolation, Lookup lookup, Work<T, E> work)
      throws E {
    Objects.requireNonNull(caller, "caller");
    try (SqlSession session = open(isolation)) {
      Unit unit = new Unit(session, policy, caller);
      try {
        Target target = lookup.find(session);
        if (target == null) {
          return Optional.empty();
        }
        if (target.purpose().isolation() != isolation) {
          throw new IllegalStateException(
              "a unit found by lookup runs at the default isolation: " + target.purpose());
        }
        Optional<Scope> scope = unit.access(target.patronId(), target.purpose());
        if (scope.isEmpty()) {
          session.rollback(true); // the decision only read; whatever the lookup locked is let go
          return Optional.empty();
        }
        T result = work.run(scope.get());
        if (result == null) {
          session.rollback(true); // nothing was disclosed: nothing is kept, nothing is logged
          return Optional.empty();
        }
        unit.logAndCommit(accessLog);
        return Optional.of(result);
      } catch (Scope.CommitThenRefuse kept) {
        unit.logAndCommit(accessLog);
        throw kept.refusal();
      } catch (Exception | Error failed) {
        rollBack(session, failed);
        throw failed;
      }
    }
  }

  /**
   * Rolls back explicitly: MyBatis rolls back on close only when its own statements wrote, and
   * closing otherwise restores auto-commit, which would commit whatever else the work did.
   */
  private static void rollBack(SqlSession session, Throwable failed) {
    try {
      session.rollback(true);
    } catch (RuntimeException e) {
      failed.addSuppressed(e);
    }
  }

  private SqlSession open(TransactionIsolationLevel isolation) {
    return isolation == null ? sessions.openSession(false) : sessions.openSession(isolation);
  }
}
