package org.privacyportal.frontend.backend;

/** What a call to the backend gave: the value, "not found", or a failure the UI explains. */
public sealed interface BackendAnswer<T> {

    /** The backend returned the value. */
    record Found<T>(T value) implements BackendAnswer<T> {
    }

    /**
     * HTTP 404: for {@code /me}, an account without a patron record (staff, director); for a patron's
     * records, nothing the signed-in user may see (the backend answers exactly as if it did not exist).
     */
    record NotFound<T>() implements BackendAnswer<T> {
    }

    /** The call failed; the UI shows a friendly message for the reason, never the details. */
    record Failed<T>(Reason reason) implements BackendAnswer<T> {
    }

    enum Reason {
        /** The backend could not be reached or answered with a server error: try again later. */
        UNAVAILABLE,
        /** No usable access token (expired session, token refused): sign in again. */
        SIGN_IN_AGAIN,
        /** Anything else. */
        UNEXPECTED
    }
}
