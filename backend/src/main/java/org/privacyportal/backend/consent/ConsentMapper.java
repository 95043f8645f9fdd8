package org.privacyportal.backend.consent;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.privacyportal.backend.records.RecordQuery;

/** The consent ledger (`consents`): reads, and appending entries; statements in ConsentMapper.xml. */
public interface ConsentMapper {

  /**
   * Locks the patron's row until commit, so that opt-in changes and loan returns for one patron
   * happen one after the other (a return never misses a change made at the same moment).
   * Returns the id, or null when there is no such patron.
   */
  String lockPatron(String patronId);

  /** The newest entry of one consent for the patron (its current state), or null when there is none. */
  Boolean currentlyGranted(@Param("patronId") String patronId, @Param("consent") String consent);

  /** Appends an entry; entries are never updated or deleted. */
  void append(NewConsentEntry entry);

  long countEntries(RecordQuery query);

  /** Newest first, then by id. */
  List<ConsentEntry> entries(RecordQuery query);
}
