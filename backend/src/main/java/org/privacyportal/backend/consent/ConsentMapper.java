package org.privacyportal.backend.consent;

import java.util.List;
import org.privacyportal.backend.records.RecordQuery;

/** The read side of the consent ledger (`consents`); statements in ConsentMapper.xml. */
public interface ConsentMapper {

  long countEntries(RecordQuery query);

  /** Newest first, then by id. */
  List<ConsentEntry> entries(RecordQuery query);
}
