package org.privacyportal.backend.circulation;

import java.time.Instant;
import java.util.Objects;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.consent.ReadingHistory;

/**
 * The ILS sync's entry point for a returned item. Reading history is off unless the patron opted in:
 * then the loan is untied from the patron at the very moment of its return, in the same transaction,
 * so no returned loan is ever stored with a patron who did not ask for it.
 */
public final class LoanReturns {

  private LoanReturns() {
  }

  /**
   * Records the return of a loan in the caller's session (the caller commits).
   *
   * @return false when there is no such loan, or it was already returned (a repeated sync message)
   */
  public static boolean recordReturn(SqlSession session, String loanId, Instant returnedAt) {
    Objects.requireNonNull(returnedAt, "returnedAt");
    CirculationMapper loans = session.getMapper(CirculationMapper.class);
    String patronId = loans.openLoanPatron(loanId);
    boolean keep = false;
    if (patronId != null) {
      ConsentMapper consents = session.getMapper(ConsentMapper.class);
      // The same lock an opt-in change takes: the consent read here stays current until commit.
      consents.lockPatron(patronId);
      keep = Boolean.TRUE.equals(consents.currentlyGranted(patronId, ReadingHistory.CONSENT));
    }
    return loans.markReturned(loanId, returnedAt, !keep) == 1;
  }
}
