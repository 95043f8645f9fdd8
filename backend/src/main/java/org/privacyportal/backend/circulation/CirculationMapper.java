package org.privacyportal.backend.circulation;

import java.time.LocalDate;
import java.util.List;
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

  long countHolds(RecordQuery query);

  List<Hold> holds(RecordQuery query);

  long countFines(RecordQuery query);

  List<Fine> fines(RecordQuery query);
}
