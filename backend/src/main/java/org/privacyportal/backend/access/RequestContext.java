package org.privacyportal.backend.access;

/**
 * What a request names as the reason for reading a patron's records, beyond who sends it: the open
 * ticket or the desk lookup staff are working on (library business), the legal request the director
 * is acting under (legal process), or the desk check of a written authorization staff made (written
 * authorization, docs/desk.md). Each is an id from a query parameter, or null.
 */
public record RequestContext(
    String ticketId, String deskLookupId, String legalRequestId, String authorizationCheckId) {

  /** A request that names nothing: only self, guardian and written authorization can apply. */
  public static final RequestContext NONE = new RequestContext(null, null, null, null);

  /** A context naming no authorization check. */
  public RequestContext(String ticketId, String deskLookupId, String legalRequestId) {
    this(ticketId, deskLookupId, legalRequestId, null);
  }

  /** A desk check of a written authorization ({@code ?check=}), and nothing else. */
  public static RequestContext authorizationCheck(String checkId) {
    return new RequestContext(null, null, null, checkId);
  }
}
