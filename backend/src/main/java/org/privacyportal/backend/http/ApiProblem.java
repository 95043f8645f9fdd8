package org.privacyportal.backend.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by handlers to answer with a problem body; {@link ErrorMapping} writes it. One factory per
 * {@link ProblemType}. Details are fixed texts chosen here, never built from request data, so
 * nothing a client sent (or anything about other patrons) is echoed back; clients choose their
 * words from the type, {@code code} and the members (docs/problems.md), never from the detail.
 */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The one body every "not found" gets, whether the route or the record is missing or refused. */
  static final Problem NOT_FOUND =
      Problem.of(ProblemType.NOT_FOUND, "The requested resource was not found.");

  private final transient Problem problem;
  private final transient Map<String, String> headers;

  private ApiProblem(Problem problem, Map<String, String> headers) {
    super(problem.toString(), null, false, false); // no stack trace: this is an answer, not a fault
    this.problem = problem;
    this.headers = headers;
  }

  private ApiProblem(Problem problem) {
    this(problem, Map.of());
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /**
   * 401 with the RFC 6750 challenge; {@code invalidToken} (type invalid-token) adds
   * error="invalid_token" when a token was sent but refused (a client then knows to refresh or sign
   * in again); else type authentication-required.
   */
  public static ApiProblem unauthorized(boolean invalidToken) {
    String challenge = invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer";
    ProblemType type =
        invalidToken ? ProblemType.INVALID_TOKEN : ProblemType.AUTHENTICATION_REQUIRED;
    return new ApiProblem(
        Problem.of(type, "A valid bearer access token is required."),
        Map.of("WWW-Authenticate", challenge));
  }

  public static ApiProblem forbidden() {
    return new ApiProblem(
        Problem.of(ProblemType.FORBIDDEN, "Your account is not allowed to use this resource."));
  }

  /**
   * 403 reauthentication-required: the caller must sign in again (a fresh Keycloak sign-in) before
   * this step; {@code code} says which step (SIGN_IN_AGAIN: a signature).
   */
  public static ApiProblem reauthenticationRequired(String code, String detail) {
    return new ApiProblem(Problem.of(ProblemType.REAUTHENTICATION_REQUIRED, detail).withCode(code));
  }

  /**
   * 422 unprocessable: the field's value is well formed but does not match what is on file; {@code
   * code} says how, {@code errors} names the field with the same code.
   */
  public static ApiProblem unprocessable(String field, String code, String detail) {
    return new ApiProblem(
        Problem.of(ProblemType.UNPROCESSABLE, detail)
            .withCode(code)
            .with("errors", new LinkedHashMap<>(Map.of(field, code))));
  }

  /** Same body as an unknown route, so a missing record and a refused one look alike. */
  public static ApiProblem notFound() {
    return new ApiProblem(NOT_FOUND);
  }

  /**
   * 400 malformed-request: the request cannot be read as this route's input (not a JSON object,
   * fields missing or not allowed, a body where none belongs).
   *
   * @param detail a fixed explanation; never include values from the request
   */
  public static ApiProblem malformed(String detail) {
    return new ApiProblem(Problem.of(ProblemType.MALFORMED_REQUEST, detail));
  }

  /**
   * 400 validation: one field's value is wrong. {@code errors} maps the field (as the request names
   * it, e.g. "address.postalCode") to a code from docs/problems.md ("required", "format", ...).
   */
  public static ApiProblem invalid(String field, String code, String detail) {
    return invalid(Map.of(field, code), detail);
  }

  /** 400 validation naming several fields (in the order given) with a code each. */
  public static ApiProblem invalid(Map<String, String> errors, String detail) {
    return new ApiProblem(
        Problem.of(ProblemType.VALIDATION, detail).with("errors", new LinkedHashMap<>(errors)));
  }

  /**
   * 400 validation that no single field is to blame for: {@code code} says what is wrong (e.g.
   * "nothing-changes": every value given is the one already stored; "requester-is-minor").
   */
  public static ApiProblem invalidRequest(String code, String detail) {
    return new ApiProblem(Problem.of(ProblemType.VALIDATION, detail).withCode(code));
  }

  /**
   * 409 conflict: the stored state does not allow this now.
   *
   * @param code which state, a stable word (e.g. "already-pending")
   * @param detail a fixed explanation; never include values from the request
   */
  public static ApiProblem conflict(String code, String detail) {
    return new ApiProblem(Problem.of(ProblemType.CONFLICT, detail).withCode(code));
  }

  /**
   * 409 confirmation-required: the change destroys data and needs the client's explicit
   * confirmation.
   *
   * @param export a link to offer first (built from an id the caller was granted), or null
   */
  public static ApiProblem confirmationRequired(String code, String detail, String export) {
    return new ApiProblem(
        Problem.of(ProblemType.CONFIRMATION_REQUIRED, detail)
            .withCode(code)
            .with("export", export));
  }

  /** 410 sms-code-expired: the one-time code existed but is no longer usable. */
  public static ApiProblem smsCodeExpired(String detail) {
    return new ApiProblem(Problem.of(ProblemType.SMS_CODE_EXPIRED, detail));
  }

  /**
   * 422 sms-code-mismatch: the one-time code is wrong; {@code triesLeft} before the code is void.
   */
  public static ApiProblem smsCodeMismatch(String detail, int triesLeft) {
    return new ApiProblem(
        Problem.of(ProblemType.SMS_CODE_MISMATCH, detail).with("triesLeft", triesLeft));
  }

  /**
   * 429 rate-limited without a code.
   *
   * @param retryAfterSeconds when to try again, or 0 when waiting alone will not help
   */
  public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
    return rateLimited(null, detail, retryAfterSeconds);
  }

  /**
   * 429 rate-limited: too many requests of this kind for now. With a wait, the Retry-After header
   * and the member {@code retryAfter} (seconds) say when to try again.
   *
   * @param code which limit (e.g. "resend-too-soon"), or null
   * @param retryAfterSeconds when to try again, or 0 when waiting alone will not help
   */
  public static ApiProblem rateLimited(String code, String detail, long retryAfterSeconds) {
    Problem problem = Problem.of(ProblemType.RATE_LIMITED, detail).withCode(code);
    if (retryAfterSeconds <= 0) {
      return new ApiProblem(problem);
    }
    return new ApiProblem(
        problem.with("retryAfter", retryAfterSeconds),
        Map.of("Retry-After", Long.toString(retryAfterSeconds)));
  }

  /**
   * 503 unavailable with Retry-After (header and member): what the request needs is busy or down;
   * the same request may succeed later.
   *
   * @param detail a fixed explanation; never include values from the request
   */
  public static ApiProblem serviceUnavailable(String detail, int retryAfterSeconds) {
    return unavailable(null, detail, retryAfterSeconds);
  }

  /**
   * 503 unavailable; {@code code} says what is unavailable ("database", "export-workers"), or null.
   */
  public static ApiProblem unavailable(String code, String detail, int retryAfterSeconds) {
    return new ApiProblem(
        Problem.of(ProblemType.UNAVAILABLE, detail)
            .withCode(code)
            .with("retryAfter", retryAfterSeconds),
        Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
  }
}
