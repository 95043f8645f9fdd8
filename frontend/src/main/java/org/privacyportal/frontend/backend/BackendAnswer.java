package org.privacyportal.frontend.backend;

/** What a call to the backend gave: the value, "not found", or a failure the UI explains. */
public sealed interface BackendAnswer<T> {

  /** The same answer with a found value transformed; "not found" and failures pass through. */
  default <U> BackendAnswer<U> map(java.util.function.Function<? super T, ? extends U> mapping) {
    return switch (this) {
      case Found<T> found -> new Found<>(mapping.apply(found.value()));
      case NotFound<T> none -> new NotFound<>();
      case Failed<T> failed -> new Failed<>(failed.reason(), failed.status(), failed.problem());
    };
  }

  /** The backend returned the value. */
  record Found<T>(T value) implements BackendAnswer<T> {}

  /**
   * HTTP 404: for {@code /me}, an account without a patron record (staff, director); for a patron's
   * records, nothing the signed-in user may see (the backend answers exactly as if it did not
   * exist).
   */
  record NotFound<T>() implements BackendAnswer<T> {}

  /**
   * The call failed; the UI shows a friendly message for the reason. For {@link Reason#REJECTED}
   * {@code status} is the HTTP status and {@code problem} the backend's problem (type, code,
   * members; docs/problems.md): a view chooses its translated message from them. Otherwise {@code
   * status} is 0 and the problem {@link ApiProblem#NONE}.
   */
  record Failed<T>(Reason reason, int status, ApiProblem problem) implements BackendAnswer<T> {

    public Failed {
      problem = problem == null ? ApiProblem.NONE : problem;
    }

    public Failed(Reason reason) {
      this(reason, 0, ApiProblem.NONE);
    }
  }

  enum Reason {
    /** The backend could not be reached or answered with a server error: try again later. */
    UNAVAILABLE,
    /** No usable access token (expired session, token refused): sign in again. */
    SIGN_IN_AGAIN,
    /** The backend refused the request as it was (HTTP 400, 409, 422, 429...): see the problem. */
    REJECTED,
    /** Anything else. */
    UNEXPECTED
  }
}
