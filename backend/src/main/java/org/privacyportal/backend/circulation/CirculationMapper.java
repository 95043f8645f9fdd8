package org.privacyportal.backend.circulation;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.privacyportal.backend.vocabulary.RecordQuery;

/**
 * The circulation categories of one patron: `loans` (not returned), `loan_history` (returned and
 * still tied to the patron, which only happens while the reading-history opt-in is on), `holds` and
 * `fines`. Statements in CirculationMapper.xml; pages newest first, then by id.
 */
public interface CirculationMapper {

  long countLoans(RecordQuery query);

  List<Loan> loans(RecordQuery query);

  /** The earliest due date of the current loans, or null when there are none. */
  LocalDate nextDue(RecordQuery query);

  long countLoanHistory(RecordQuery query);

  List<Loan> loanHistory(RecordQuery query);

  /** Of these loans, those not yet returned, with their patron (LoanReturns: before the lock). */
  List<OpenLoan> openLoans(@Param("loanIds") List<String> loanIds);

  /**
   * Marks a chunk of returns (JSON [[loan id, patron id, returned at], ...]) and unties each loan
   * from its patron unless the patron's current {@code consent} entry is on; skips loans already
   * returned or no longer the patron's. Returns the loans changed. Only LoanReturns calls it, with
   * the chunk's patrons locked.
   */
  int markReturned(@Param("returns") String returnsJson, @Param("consent") String consent);

  /** Of these holds, those not yet ended, with their patron (HoldCompletions: before the lock). */
  List<ActiveHold> activeHolds(@Param("holdIds") List<String> holdIds);

  /**
   * Ends a chunk of holds (JSON [[hold id, patron id, status], ...]) and removes each one's title
   * and author unless the patron's current {@code consent} entry is on; skips holds already ended
   * or no longer the patron's. Returns the holds changed. Only HoldCompletions calls it, with the
   * chunk's patrons locked.
   */
  int markHoldsFinished(
      @Param("completions") String completionsJson, @Param("consent") String consent);

  long countHolds(RecordQuery query);

  List<Hold> holds(RecordQuery query);

  long countFines(RecordQuery query);

  List<Fine> fines(RecordQuery query);
}
