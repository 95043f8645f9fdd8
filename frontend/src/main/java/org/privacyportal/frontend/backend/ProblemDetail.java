package org.privacyportal.frontend.backend;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads the {@code detail} of the backend's RFC 9457 problem body (never logged: it may echo input). */
final class ProblemDetail {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemDetail() {
    }

    /** The detail, or null when the body is not a problem with one. */
    static String detailOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode detail = JSON.readTree(body).get("detail");
            return detail == null || !detail.isString() ? null : detail.asString();
        } catch (RuntimeException e) { // Jackson 3 throws unchecked exceptions
            return null;
        }
    }
}
