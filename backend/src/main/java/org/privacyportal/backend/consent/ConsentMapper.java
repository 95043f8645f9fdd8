package org.privacyportal.backend.consent;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.privacyportal.backend.vocabulary.RecordQuery;

/**
 * The consent ledger (`consents`): reads, and appending entries; statements in ConsentMapper.xml.
 */
public interface ConsentMapper {

  /**
   * Locks the patron's row until commit, so that opt-in changes and loan returns for one patron
   * happen one after the other (a return never misses a change made at the same moment). Returns
   * the id, or null when there is no such patron.
   */
  String lockPatron(String patronId);

  /**
   * The same lock for several patrons at once (a batch of loan returns), taken in primary-key order
   * so that two batches never wait for each other in a circle. Pass the ids sorted; the locks stay
   * in that order across calls only if each call's ids come after the previous call's.
   */
  List<String> lockPatrons(@Param("patronIds") List<String> sortedPatronIds);

  /**
   * The newest entry of one consent for the patron (its current state), or null when there is none.
   */
  Boolean currentlyGranted(@Param("patronId") String patronId, @Param("consent") String consent);

  /** Appends an entry; entries are never updated or deleted. */
  void append(NewConsentEntry entry);

  long countEntries(RecordQuery query);

  /**
   * The rows of {@link #entries} with who acted (guardians by name), for the patron's ledger view.
   */
  List<LedgerRow> ledger(RecordQuery query);

  /** One entry of the patron's ledger, or null when the patron has no entry with this id. */
  LedgerRow ledgerEntry(@Param("patronId") String patronId, @Param("entryId") String entryId);

  /**
   * The patron's library card number (a receipt names the patron by it), or null for no such
   * patron.
   */
  String cardNumber(String patronId);

  /**
   * The policy version of the patron's newest granted entry of a consent, or null when there is
   * none.
   */
  String lastGrantedVersion(@Param("patronId") String patronId, @Param("consent") String consent);

  /** Newest first, then by id. */
  List<ConsentEntry> entries(RecordQuery query);

  // ---- what turning the reading history off deletes (ReadingHistory), here so that consent needs
  // no circulation ----

  /**
   * How many returned loans are still tied to the patron (their reading history), whatever a grant
   * covers.
   */
  long countReturnedLoans(String patronId);

  /**
   * Unties every returned loan from the patron: the reading history is deleted, the loans stay as
   * statistics.
   */
  int anonymizeReturnedLoans(String patronId);

  /**
   * How much reading history in another guise the patron still has: titles of ended holds,
   * online-service details, reference topics (docs/consents.md).
   */
  long countReadingTraces(String patronId);

  /** Removes the title and author of every ended hold of the patron. */
  int forgetFinishedHoldTitles(String patronId);

  /** Removes the patron's online-service details. */
  int forgetOnlineServiceDetails(String patronId);

  /** Removes the patron's reference topics. */
  int forgetReferenceTopics(String patronId);
}
