package org.privacyportal.backend.access;

import java.util.List;
import org.privacyportal.backend.vocabulary.RecordQuery;

/**
 * The patron's view of the access log (`access_log` category). Entries sealed by a delayed legal
 * notice stay hidden until their day. Writing the log is the audit package's job.
 */
public interface AccessLogViewMapper {

  long countEntries(RecordQuery query);

  /** Newest first, then by position in the chain. */
  List<AccessLogView> entries(RecordQuery query);
}
