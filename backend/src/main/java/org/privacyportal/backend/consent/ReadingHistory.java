package org.privacyportal.backend.consent;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.activity.ActivityMapper;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.circulation.CirculationMapper;

/**
 * The reading-history opt-in (off by default). Only the patron or their guardian may see or change
 * it; the access rule decides, and anyone else gets the same "nothing here" as for a patron that
 * does not exist. A change is a consent-ledger entry; turning it off also deletes the history
 * (the returned loans are untied from the patron; the titles of ended holds, online-service
 * details and reference topics are emptied), in the same transaction as the entry, so the ledger
 * and the records never disagree. Returns made while it is off are anonymized by
 * {@link org.privacyportal.backend.circulation.LoanReturns}, holds ending while it is off lose
 * their title in {@link org.privacyportal.backend.circulation.HoldCompletions}.
 */
public final class ReadingHistory {

  public static final String CONSENT = "READING_HISTORY";
  static final String CHANNEL = "PORTAL";

  /** The current state, and the policy version a change would be recorded under. */
  public record State(boolean enabled, String policyVersion) {
  }

  /** Turning it off would delete existing history, and the caller did not confirm that. */
  public static final class DeletionNotConfirmed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeletionNotConfirmed() {
      super("reading history exists", null, false, false);
    }
  }

  private final SqlSessionFactory sessions;
  private final AccessPolicy policy;
  private final SelfService selfService;

  public ReadingHistory(SqlSessionFactory sessions, AccessPolicy policy, AccessLog accessLog) {
    this.sessions = sessions;
    this.policy = policy;
    this.selfService = new SelfService(policy, accessLog);
  }

  /** The current state, or empty when the caller may not see it (or there is no such patron). */
  public Optional<State> state(AuthenticatedUser user, String patronId) {
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Grant> grant = grant(session, user, patronId);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      boolean enabled = enabled(session, patronId);
      log(session, grant.get(), patronId);
      session.commit(true);
      return Optional.of(new State(enabled, policy.profile().policyVersion()));
    }
  }

  /**
   * Sets the opt-in. Setting the state it already has changes nothing and adds no entry.
   *
   * @param confirmDeletion the caller confirmed that turning it off deletes the existing history
   * @return the new state, or empty when the caller may not change it (or there is no such patron)
   * @throws DeletionNotConfirmed when turning it off would delete history without confirmation
   */
  public Optional<State> set(AuthenticatedUser user, String patronId, boolean enabled, boolean confirmDeletion) {
    try (SqlSession session = ConsentChange.open(sessions)) {
      Optional<Grant> grant = grant(session, user, patronId);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      // Serializes changes and loan returns for this patron until commit.
      session.getMapper(ConsentMapper.class).lockPatron(patronId);
      boolean current = enabled(session, patronId);
      if (current != enabled) {
        if (!enabled && hasHistory(session, patronId)) {
          if (!confirmDeletion) {
            throw new DeletionNotConfirmed(); // rolled back on close: nothing was written
          }
          deleteHistory(session, patronId);
        }
        Instant now = policy.now();
        session.getMapper(ConsentMapper.class).append(new NewConsentEntry(UUID.randomUUID().toString(), patronId,
            CONSENT, enabled, current, grant.get().ground().name(), grant.get().actorSubject(),
            policy.profile().policyVersion(), CHANNEL, now));
      }
      log(session, grant.get(), patronId);
      session.commit(true);
      return Optional.of(new State(enabled, policy.profile().policyVersion()));
    }
  }

  /**
   * Whether the patron has reading history to delete: returned loans, or reading history in another
   * guise (titles of ended holds, online-service details, reference topics; docs/consents.md).
   */
  private static boolean hasHistory(SqlSession session, String patronId) {
    return session.getMapper(CirculationMapper.class).countReturnedLoans(patronId) > 0
        || session.getMapper(CirculationMapper.class).countFinishedHoldTitles(patronId) > 0
        || session.getMapper(ActivityMapper.class).countReadingTraces(patronId) > 0;
  }

  /** Deletes all of it: the returned loans are untied from the patron, the other fields emptied. */
  private static void deleteHistory(SqlSession session, String patronId) {
    CirculationMapper circulation = session.getMapper(CirculationMapper.class);
    circulation.anonymizeReturnedLoans(patronId);
    circulation.forgetFinishedHoldTitles(patronId);
    ActivityMapper activity = session.getMapper(ActivityMapper.class);
    activity.forgetOnlineServiceDetails(patronId);
    activity.forgetReferenceTopics(patronId);
  }

  /** The patron themself or their guardian; no other ground (staff, authorizations, legal) reaches opt-ins. */
  private Optional<Grant> grant(SqlSession session, AuthenticatedUser user, String patronId) {
    return selfService.grant(session, user, patronId);
  }

  private static boolean enabled(SqlSession session, String patronId) {
    return Boolean.TRUE.equals(session.getMapper(ConsentMapper.class).currentlyGranted(patronId, CONSENT));
  }

  /** A guardian's access is an access like any other: logged in the same transaction. */
  private void log(SqlSession session, Grant grant, String patronId) {
    selfService.log(session, grant, patronId);
  }
}
