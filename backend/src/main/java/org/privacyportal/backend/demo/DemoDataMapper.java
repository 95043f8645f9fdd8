package org.privacyportal.backend.demo;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Param;
import org.privacyportal.backend.demo.DemoRows.ConsentEntry;
import org.privacyportal.backend.demo.DemoRows.EventSignup;
import org.privacyportal.backend.demo.DemoRows.Fine;
import org.privacyportal.backend.demo.DemoRows.GuardianLink;
import org.privacyportal.backend.demo.DemoRows.Hold;
import org.privacyportal.backend.demo.DemoRows.Loan;
import org.privacyportal.backend.demo.DemoRows.OnlineServiceUse;
import org.privacyportal.backend.demo.DemoRows.Patron;
import org.privacyportal.backend.demo.DemoRows.ReferenceConsultation;
import org.privacyportal.backend.demo.DemoRows.Ticket;
import org.privacyportal.backend.demo.DemoRows.TicketMessage;

/**
 * SQL for writing demo data; the statements are in DemoDataMapper.xml beside this interface. The
 * inserts are single-row on purpose: run through an ExecutorType.BATCH session, the MariaDB driver
 * sends each batch as one bulk command (COM_STMT_BULK_EXECUTE), measured twice as fast here as
 * multi-row INSERTs. The demo set at start-up uses them. Large benchmark sets use the LOAD DATA
 * statements at the end of the XML (LoadDataSink), faster still (GenerateDemoDataCommand has the
 * figures).
 */
interface DemoDataMapper {

  /** The data set this database holds, or null. */
  DemoDataSet findDataSet();

  /**
   * Claims the data set row: 1 if this session now holds it, 0 if another session loaded (or is
   * loading and then committed) a data set first. A concurrent claim waits for the first to end.
   */
  int claimDataSet(@Param("set") DemoDataSet set);

  int completeDataSet(@Param("completedAt") LocalDateTime completedAt);

  String findPatronIdByCard(@Param("card") String card);

  long countPatrons();

  /** For the bulk command's own connection only: the generator writes consistent rows. */
  void relaxChecks();

  void restoreChecks();

  void insertPatron(Patron row);

  void insertGuardianLink(GuardianLink row);

  void insertLoan(Loan row);

  void insertHold(Hold row);

  void insertFine(Fine row);

  void insertOnlineServiceUse(OnlineServiceUse row);

  void insertReferenceConsultation(ReferenceConsultation row);

  void insertEventSignup(EventSignup row);

  void insertConsentEntry(ConsentEntry row);

  void insertTicket(Ticket row);

  void insertTicketMessage(TicketMessage row);
}
