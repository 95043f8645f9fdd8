package org.privacyportal.backend.circulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.privacyportal.backend.records.RecordQuery;

/**
 * The circulation categories of one patron: `loans` (not returned), `loan_history` (returned and
 * still tied to the patron, which only happens while the reading-history opt-in is on), `holds`
 * and `fines`. Statements in CirculationMapper.xml; pages newest first, then by id.
 */
public interface CirculationMapper {

  long countLoans(RecordQuery query);

  List<Loan> loans(RecordQuery query);

  /** The earliest due date of the current loans, or null when there are none. */
  LocalDate nextDue(RecordQuery query);

  long countLoanHistory(RecordQuery query);

  List<Loan> loanHistory(RecordQuery query);

  /** How many returned loans are still tied to the patron (their reading history), whatever a grant covers. */
  long countReturnedLoans(String patronId);

  /** Unties every returned loan from the patron: the reading history is deleted, the loans stay as statistics. */
  int anonymizeReturnedLoans(String patronId);

  /** The patron a loan not yet returned belongs to; null when there is no such loan (or no patron). */
  String openLoanPatron(String loanId);

  /** Records the return; with {@code anonymize} the loan is untied from its patron at once. */
  int markReturned(@Param("loanId") String loanId, @Param("returnedAt") Instant returnedAt,
      @Param("anonymize") boolean anonymize);

  long countHolds(RecordQuery query);

  List<Hold> holds(RecordQuery query);

  long countFines(RecordQuery query);

  List<Fine> fines(RecordQuery query);
}
