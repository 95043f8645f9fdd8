package org.privacyportal.backend.accesslog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.records.Category;
import org.privacyportal.backend.records.PageRequest;
import org.privacyportal.backend.records.RecordQuery;

/**
 * The patron's own access log page: who saw their records, when, which category, on what ground,
 * newest first. Only the patron or their guardian (while the patron is a minor) reads it here;
 * staff, grantees and the director go through the `access_log` category of the records API, where
 * the access rule decides. Anyone else gets the same "nothing here" as for a patron that does not
 * exist. A guardian's read is logged in the same transaction, like any other.
 *
 * <p>A patron who has come of age reads their own log, which keeps the entries of their former
 * guardian's reads, with the guardian's name (product.md section 5).
 */
public final class PatronAccessLog {

  private final SqlSessionFactory sessions;
  private final AccessPolicy policy;
  private final AccessLog accessLog;

  public PatronAccessLog(SqlSessionFactory sessions, AccessPolicy policy, AccessLog accessLog) {
    this.sessions = sessions;
    this.policy = policy;
    this.accessLog = accessLog;
  }

  /** One page, or empty when the caller may not see it (or there is no such patron). */
  public Optional<AccessLogPage> page(AuthenticatedUser user, String patronId, PageRequest page) {
    try (SqlSession session = sessions.openSession(false)) {
      Optional<Grant> grant = selfService(policy, session, user, patronId);
      if (grant.isEmpty()) {
        return Optional.empty();
      }
      Instant now = policy.now();
      RecordQuery query = new RecordQuery(patronId, null, null, policy.today(), page.offset(), page.size(), null);
      AccessLogEntryMapper mapper = session.getMapper(AccessLogEntryMapper.class);
      long total = mapper.countEntries(query);
      List<AccessLogEntry> items = mapper.entries(query);
      if (grant.get().isLogged()) {
        accessLog.append(session, grant.get().entry(patronId, Category.ACCESS_LOG, now));
      }
      session.commit(true);
      return Optional.of(new AccessLogPage(page.page(), page.size(), total, items));
    }
  }

  /**
   * The patron themself or their guardian; no other ground reaches the self-service page or its
   * questions. Decided on {@code access_log}, the category the page shows.
   */
  static Optional<Grant> selfService(AccessPolicy policy, SqlSession session, AuthenticatedUser user,
      String patronId) {
    return policy.decideSelfService(session, user, patronId, Category.ACCESS_LOG);
  }
}
