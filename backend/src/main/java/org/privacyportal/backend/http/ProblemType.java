package org.privacyportal.backend.http;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problem the API answers with, one {@code type} URI each (docs/problems.md lists them
 * with their status, when they occur and their members). A client switches on the type (and on
 * {@code code} where a type has several causes), never on the English {@code detail}.
 *
 * <p>The URIs are tag URIs (RFC 4151) under the project's name: stable identifiers, not pages to
 * fetch (RFC 9457 section 3.1.1 allows this). {@link #BASE} is the one place to change them.
 */
public enum ProblemType {
  /**
   * 400: the request cannot be read (not JSON, not an object, unknown or missing fields, a
   * malformed URI).
   */
  MALFORMED_REQUEST("malformed-request", 400, "Malformed Request"),
  /**
   * 400: the request was read but values are wrong; {@code errors} names each field with a code.
   */
  VALIDATION("validation", 400, "Invalid Input"),
  /** 401: no bearer token was sent. */
  AUTHENTICATION_REQUIRED("authentication-required", 401, "Authentication Required"),
  /** 401: a token was sent but refused (expired, wrong signature, issuer, audience...). */
  INVALID_TOKEN("invalid-token", 401, "Invalid Token"),
  /** 403: the account's role may not use this route at all. */
  FORBIDDEN("forbidden", 403, "Forbidden"),
  /**
   * 403: the step needs a fresh sign-in (signing a written authorization): the token's {@code
   * auth_time} is missing or too old; {@code code} SIGN_IN_AGAIN.
   */
  REAUTHENTICATION_REQUIRED("reauthentication-required", 403, "Reauthentication Required"),
  /** 404: nothing here, or nothing the caller may see (the two look exactly alike). */
  NOT_FOUND("not-found", 404, "Not Found"),
  /** 405: the route exists, not with this method ({@code Allow} header). */
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method Not Allowed"),
  /** 409: the stored state does not allow this now; {@code code} says which state. */
  CONFLICT("conflict", 409, "Conflict"),
  /**
   * 409: a destructive change needs {@code confirmDeletion}; {@code export} links the data to save
   * first.
   */
  CONFIRMATION_REQUIRED("confirmation-required", 409, "Confirmation Required"),
  /** 410: the one-time SMS code has expired. */
  SMS_CODE_EXPIRED("sms-code-expired", 410, "SMS Code Expired"),
  /** 422: the one-time SMS code does not match; {@code triesLeft}. */
  SMS_CODE_MISMATCH("sms-code-mismatch", 422, "SMS Code Mismatch"),
  /**
   * 422: well-formed values that do not match what is on file (a grantee's card and name); {@code
   * code} and {@code errors} name which.
   */
  UNPROCESSABLE("unprocessable", 422, "Unprocessable Content"),
  /** 413, 414, 431: the request, its URI or its headers are too large. */
  TOO_LARGE("too-large", 413, "Request Too Large"),
  /**
   * 429: too many requests of this kind; {@code code}, {@code retryAfter} and Retry-After when
   * waiting helps.
   */
  RATE_LIMITED("rate-limited", 429, "Too Many Requests"),
  /**
   * 503: a resource the request needs (the database, export workers) is unavailable; Retry-After.
   */
  UNAVAILABLE("unavailable", 503, "Service Unavailable"),
  /** 500: an unexpected fault; {@code errorId} matches the server's log line. */
  INTERNAL("internal", 500, "Internal Server Error"),
  /**
   * Any other status the HTTP layer answers by itself (408, 415, 501, 505...): the status says it.
   */
  HTTP_ERROR("http-error", 400, "HTTP Error");

  /** Every type URI starts with this; the rest is the type's {@link #slug()}. */
  public static final String BASE = "tag:privacyportal.org,2026:problems/";

  private final String slug;
  private final int status;
  private final String title;

  ProblemType(String slug, int status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  /** The last part of the URI, e.g. "not-found". */
  public String slug() {
    return slug;
  }

  public String uri() {
    return BASE + slug;
  }

  /**
   * The status this type answers with (TOO_LARGE and HTTP_ERROR carry the status of the refusal).
   */
  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The type for a status the HTTP layer (Jetty, Javalin) answered by itself. */
  public static ProblemType forHttpStatus(int status) {
    return switch (status) {
      case 400 -> MALFORMED_REQUEST;
      case 401 -> AUTHENTICATION_REQUIRED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 413, 414, 431 -> TOO_LARGE;
      case 429 -> RATE_LIMITED;
      case 503 -> UNAVAILABLE;
      default -> status >= 500 && status != 501 && status != 505 ? INTERNAL : HTTP_ERROR;
    };
  }

  public static Optional<ProblemType> ofUri(String uri) {
    return Arrays.stream(values()).filter(type -> type.uri().equals(uri)).findFirst();
  }
}
