package org.privacyportal.backend.access;

import java.time.Instant;

/**
 * One entry of the `access_log` category: who saw the patron's records, when, which category and
 * on what ground. Staff appear by role (and branch, for a desk lookup); a guardian or a grantee by
 * name, because the patron knows them and needs to recognise them.
 *
 * @param ground    GUARDIAN, WRITTEN_AUTHORIZATION, LIBRARY_BUSINESS or LEGAL_PROCESS
 * @param actorRole PATRON (guardian, grantee), STAFF or DIRECTOR
 * @param actorName the guardian's or grantee's name, else null
 * @param branch    the branch of a desk lookup, else null
 * @param reason    the reason a staff member stated, else null
 */
public record AccessLogView(
    String id,
    Instant accessedAt,
    String category,
    String ground,
    String actorRole,
    String actorName,
    String branch,
    String reason) {

  @Override
  public String toString() {
    return "AccessLogView[id=" + id + "]";
  }
}
