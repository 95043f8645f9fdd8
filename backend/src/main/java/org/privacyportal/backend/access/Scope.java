package org.privacyportal.backend.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.vocabulary.Category;

/**
 * What the work of a unit ({@link AccessCore}) may use for one patron the access rule granted: the
 * transaction's session, the patron, the grants, the unit's instant and the library's date. The
 * accesses it stands for are logged by the core when the unit commits.
 */
public final class Scope {

  private final Unit unit;
  private final String patronId;
  private final PatronAccess access;

  Scope(Unit unit, String patronId, PatronAccess access) {
    this.unit = unit;
    this.patronId = patronId;
    this.access = access;
  }

  public SqlSession session() {
    return unit.session();
  }

  public String patronId() {
    return patronId;
  }

  /** The unit's instant (see {@link Unit#now()}). */
  public Instant now() {
    return unit.now();
  }

  /** The library's date at {@link #now()}. */
  public LocalDate today() {
    return unit.today();
  }

  /** The grant of the purpose's category (the first one, in the order of {@link Category}). */
  public Grant grant() {
    return access.grant(access.categories().iterator().next()).orElseThrow();
  }

  /** The grant for {@code category}, if the purpose reached it. */
  public Optional<Grant> grant(Category category) {
    return access.grant(category);
  }

  /** The categories granted, in the order of {@link Category}. */
  public Set<Category> categories() {
    return access.categories();
  }

  /** Another patron's records in the same transaction (logged with it); empty when refused. */
  public Optional<Scope> also(String otherPatronId, Purpose purpose) {
    return unit.access(otherPatronId, purpose);
  }

  /**
   * For a refusal that must keep what the work wrote (a wrong one-time code counts as a try):
   * {@code throw scope.refuseAfterCommit(refusal)} makes the core log the access, commit, and then
   * throw {@code refusal}.
   */
  public RuntimeException refuseAfterCommit(RuntimeException refusal) {
    return new CommitThenRefuse(refusal);
  }

  /** Carries a refusal through the core, which commits before it throws it. */
  static final class CommitThenRefuse extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommitThenRefuse(RuntimeException refusal) {
      super(refusal.getMessage(), refusal, false, false);
    }

    RuntimeException refusal() {
      return (RuntimeException) getCause();
    }
  }
}
