package org.privacyportal.backend.audit;

import org.apache.ibatis.session.SqlSession;

/**
 * The tamper-evident access log. {@link #append} runs inside the caller's transaction (the same one
 * that reads the records), so an access is logged if and only if it happened.
 */
public interface AccessLog {

  /** Appends one entry, chained to the newest one; the caller commits. */
  void append(SqlSession session, AccessEntry entry);
}
