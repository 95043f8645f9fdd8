package org.privacyportal.frontend.backend;

/** What asking the backend for the signed-in patron gave. */
public sealed interface PatronLookup {

    /** The backend returned the patron record. */
    record Found(Patron patron) implements PatronLookup {
    }

    /** The backend has no patron record for this account (staff, director): HTTP 404. */
    record NoPatronRecord() implements PatronLookup {
    }

    /** The call failed; the UI shows a friendly message for the reason, never the details. */
    record Failed(Reason reason) implements PatronLookup {
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
