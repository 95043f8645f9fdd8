package org.privacyportal.backend.access;

/**
 * What a request names as the reason for reading a patron's records, beyond who sends it: the open
 * ticket or the desk lookup staff are working on (library business), or the legal request the
 * director is acting under (legal process). Each is an id from a query parameter, or null.
 */
public record RequestContext(String ticketId, String deskLookupId, String legalRequestId) {

  /** A request that names nothing: only self, guardian and written authorization can apply. */
  public static final RequestContext NONE = new RequestContext(null, null, null);
}
