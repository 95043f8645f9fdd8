package org.privacyportal.backend.http;

/**
 * A copy of an exception for the log: same classes and stack frames, but without messages, because
 * messages of database and parsing errors can carry the very personal data that must never reach a
 * log (a duplicate card number, an e-mail in a constraint violation).
 */
final class SafeThrowable extends Throwable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_CAUSES = 8;

  private SafeThrowable(Throwable original, Throwable cause) {
    super("(" + original.getClass().getName() + ", message withheld)", cause, false, true);
    setStackTrace(original.getStackTrace());
  }

  static SafeThrowable of(Throwable original) {
    return copy(original, 0);
  }

  private static SafeThrowable copy(Throwable original, int depth) {
    Throwable cause = original.getCause();
    SafeThrowable safeCause =
        cause != null && cause != original && depth < MAX_CAUSES ? copy(cause, depth + 1) : null;
    return new SafeThrowable(original, safeCause);
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
