package org.privacyportal.backend.http;

import java.util.Map;

/**
 * Thrown by handlers to answer with a problem body; {@link ErrorMapping} writes it. Details are
 * fixed texts chosen here, never built from request data, so nothing a client sent (or anything
 * about other patrons) is echoed back.
 */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The one body every "not found" gets, whether the route or the record is missing. */
  static final Problem NOT_FOUND =
      Problem.of(404, "Not Found", "The requested resource was not found.");

  private final transient Problem problem;
  private final transient Map<String, String> headers;

  private ApiProblem(Problem problem, Map<String, String> headers) {
    super(problem.title(), null, false, false); // no stack trace: this is an answer, not a fault
    this.problem = problem;
    this.headers = headers;
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /**
   * 401 with the RFC 6750 challenge; {@code invalidToken} adds error="invalid_token" when a
   * token was sent but refused (a client then knows to refresh or sign in again).
   */
  public static ApiProblem unauthorized(boolean invalidToken) {
    String challenge = invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer";
    return new ApiProblem(
        Problem.of(401, "Unauthorized", "A valid bearer access token is required."),
        Map.of("WWW-Authenticate", challenge));
  }

  public static ApiProblem forbidden() {
    return new ApiProblem(
        Problem.of(403, "Forbidden", "Your account is not allowed to use this resource."), Map.of());
  }

  /** Same body as an unknown route, so a missing record and a refused one look alike. */
  public static ApiProblem notFound() {
    return new ApiProblem(NOT_FOUND, Map.of());
  }

  /**
   * 409: the request conflicts with the stored state and needs the client's confirmation.
   *
   * @param detail a fixed explanation; never include values from the request
   * @param export a link to offer first (built from an id the caller was granted), or null
   */
  public static ApiProblem conflict(String detail, String export) {
    return new ApiProblem(new Problem("about:blank", "Conflict", 409, detail, null, export), Map.of());
  }

  /** @param detail a fixed explanation; never include values from the request */
  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(Problem.of(400, "Bad Request", detail), Map.of());
  }

  /** 410: what the request refers to existed but is no longer usable (an expired one-time code). */
  public static ApiProblem gone(String detail) {
    return new ApiProblem(Problem.of(410, "Gone", detail), Map.of());
  }

  /** 422: the request was well formed but its value is wrong (a one-time code that does not match). */
  public static ApiProblem unprocessable(String detail) {
    return new ApiProblem(Problem.of(422, "Unprocessable Content", detail), Map.of());
  }

  /**
   * 429: too many requests of this kind for now.
   *
   * @param retryAfterSeconds when to try again (the Retry-After header), or 0 when waiting alone will not help
   */
  public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
    Map<String, String> headers = retryAfterSeconds > 0
        ? Map.of("Retry-After", Long.toString(retryAfterSeconds)) : Map.of();
    return new ApiProblem(Problem.of(429, "Too Many Requests", detail), headers);
  }

  /**
   * 503 with Retry-After: the server is busy with other work of this kind; the same request may
   * succeed later. @param detail a fixed explanation; never include values from the request
   */
  public static ApiProblem serviceUnavailable(String detail, int retryAfterSeconds) {
    return new ApiProblem(Problem.of(503, "Service Unavailable", detail),
        Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
  }
}
