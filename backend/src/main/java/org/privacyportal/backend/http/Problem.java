package org.privacyportal.backend.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body. {@code type} is "about:blank" (the status says it all), so
 * {@code title} is the status phrase. {@code errorId} only appears on a 500: it lets support
 * find the matching log line without the response revealing anything about the failure.
 * {@code export} is a link the client should offer before retrying (the reading-history download
 * before that history is deleted), else absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String errorId, String export) {

  public Problem(String type, String title, int status, String detail, String errorId) {
    this(type, title, status, detail, errorId, null);
  }

  public static final String CONTENT_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null);
  }
}
