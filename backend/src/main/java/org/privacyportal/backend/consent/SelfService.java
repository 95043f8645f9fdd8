package org.privacyportal.backend.consent;

import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.records.Category;

/**
 * The access rule for what a patron does for themself with their consents (the ledger, receipts,
 * the policy acceptance): the patron or their guardian only. Staff, authorizations and legal
 * requests may read the {@code consents} category through the records API, but never act here.
 */
public final class SelfService {

  private final AccessPolicy policy;
  private final AccessLog accessLog;

  public SelfService(AccessPolicy policy, AccessLog accessLog) {
    this.policy = policy;
    this.accessLog = accessLog;
  }

  public AccessPolicy policy() {
    return policy;
  }

  /** SELF or GUARDIAN on the patron's consents, else empty (answered like a patron that does not exist). */
  public Optional<Grant> grant(SqlSession session, AuthenticatedUser user, String patronId) {
    return policy.decideSelfService(session, user, patronId, Category.CONSENTS);
  }

  /** A guardian's access is an access like any other: logged in the caller's transaction. */
  public void log(SqlSession session, Grant grant, String patronId) {
    if (grant.isLogged()) {
      accessLog.append(session, grant.entry(patronId, Category.CONSENTS, policy.now()));
    }
  }
}
