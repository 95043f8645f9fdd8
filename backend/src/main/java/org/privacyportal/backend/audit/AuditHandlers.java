package org.privacyportal.backend.audit;

import io.javalin.http.Context;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.auth.ApiRole;
import org.privacyportal.backend.http.RouteTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The director's audit routes: GET /api/v1/audit/verify checks the access log's HMAC chain. */
public final class AuditHandlers {

  public static final String VERIFY_PATH = "/api/v1/audit/verify";

  private static final Logger LOG = LoggerFactory.getLogger(AuditHandlers.class);

  private final SqlSessionFactory sessions;
  private final byte[] key;

  private AuditHandlers(SqlSessionFactory sessions, byte[] key) {
    this.sessions = sessions;
    this.key = key.clone();
  }

  /**
   * Adds the audit routes, for directors only.
   *
   * @param sessions a factory that knows {@link AccessLogMapper}
   * @param key the access log key ({@link AccessLogKey})
   */
  public static void register(RouteTable routes, SqlSessionFactory sessions, byte[] key) {
    AuditHandlers handlers = new AuditHandlers(sessions, key);
    routes.get(VERIFY_PATH, handlers::verify, ApiRole.DIRECTOR);
  }

  private void verify(Context ctx) {
    VerificationResult result = AccessLogVerifier.verify(sessions, key);
    // The problem text holds seqs only, no personal data: safe to log, and worth an alert.
    if (result.intact()) {
      LOG.info("Access log verified intact: {} entries", result.entriesChecked());
    } else {
      LOG.warn(
          "Access log verification failed at entry {}: {}",
          result.firstBrokenSeq(),
          result.problem());
    }
    ctx.json(result);
  }
}
