package org.privacyportal.backend.consent;

import java.util.Optional;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.vocabulary.Category;

/**
 * The reading-history opt-in (off by default). Only the patron or their guardian may see or change
 * it; the access rule decides, and anyone else gets the same "nothing here" as for a patron that
 * does not exist. A change is a consent-ledger entry; turning it off also deletes the history (the
 * returned loans are untied from the patron; the titles of ended holds, online-service details and
 * reference topics are emptied), in the same transaction as the entry, so the ledger and the
 * records never disagree. Returns made while it is off are anonymized by {@link
 * org.privacyportal.backend.circulation.LoanReturns}, holds ending while it is off lose their title
 * in {@link org.privacyportal.backend.circulation.HoldCompletions}.
 */
public final class ReadingHistory {

  public static final String CONSENT = "READING_HISTORY";
  static final String CHANNEL = "PORTAL";

  /** The current state, and the policy version a change would be recorded under. */
  public record State(boolean enabled, String policyVersion) {}

  /** Turning it off would delete existing history, and the caller did not confirm that. */
  public static final class DeletionNotConfirmed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeletionNotConfirmed() {
      super("reading history exists", null, false, false);
    }
  }

  private final AccessCore core;
  private final AccessPolicy policy;

  public ReadingHistory(AccessCore core) {
    this.core = core;
    this.policy = core.policy();
  }

  /** The current state, or empty when the caller may not see it (or there is no such patron). */
  public Optional<State> state(AuthenticatedUser user, String patronId) {
    // The patron themself or their guardian; no other ground (staff, authorizations, legal) reaches
    // opt-ins.
    return core.run(
        user,
        patronId,
        Purpose.selfService(Category.CONSENTS),
        scope -> new State(enabled(scope.session(), patronId), policy.profile().policyVersion()));
  }

  /**
   * Sets the opt-in. Setting the state it already has changes nothing and adds no entry.
   *
   * @param confirmDeletion the caller confirmed that turning it off deletes the existing history
   * @return the new state, or empty when the caller may not change it (or there is no such patron)
   * @throws DeletionNotConfirmed when turning it off would delete history without confirmation
   */
  public Optional<State> set(
      AuthenticatedUser user, String patronId, boolean enabled, boolean confirmDeletion) {
    return core.run(
        user,
        patronId,
        Purpose.consentChange(),
        scope -> {
          SqlSession session = scope.session();
          Grant grant = scope.grant();
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
            session
                .getMapper(ConsentMapper.class)
                .append(
                    new NewConsentEntry(
                        UUID.randomUUID().toString(),
                        patronId,
                        CONSENT,
                        enabled,
                        current,
                        grant.ground().name(),
                        grant.actorSubject(),
                        policy.profile().policyVersion(),
                        CHANNEL,
                        scope.now()));
          }
          return new State(enabled, policy.profile().policyVersion());
        });
  }

  /**
   * Whether the patron has reading history to delete: returned loans, or reading history in another
   * guise (titles of ended holds, online-service details, reference topics; docs/consents.md).
   */
  private static boolean hasHistory(SqlSession session, String patronId) {
    ConsentMapper history = session.getMapper(ConsentMapper.class);
    return history.countReturnedLoans(patronId) > 0 || history.countReadingTraces(patronId) > 0;
  }

  /** Deletes all of it: the returned loans are untied from the patron, the other fields emptied. */
  private static void deleteHistory(SqlSession session, String patronId) {
    ConsentMapper history = session.getMapper(ConsentMapper.class);
    history.anonymizeReturnedLoans(patronId);
    history.forgetFinishedHoldTitles(patronId);
    history.forgetOnlineServiceDetails(patronId);
    history.forgetReferenceTopics(patronId);
  }

  private static boolean enabled(SqlSession session, String patronId) {
    return Boolean.TRUE.equals(
        session.getMapper(ConsentMapper.class).currentlyGranted(patronId, CONSENT));
  }
}
