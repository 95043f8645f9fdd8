package org.privacyportal.backend.auth;

/**
 * A bearer token was refused. The message says why, for the server log only: it never contains the
 * token or any claim value, and the client only ever sees a generic 401.
 */
public class InvalidTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String reason) {
    super(reason);
  }
}
