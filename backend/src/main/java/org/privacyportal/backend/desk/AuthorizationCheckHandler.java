package org.privacyportal.backend.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.authorization.VerificationCode;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;

/**
 * POST /api/v1/authorization-checks (staff, director): {"code", "idType"} -> 201 {"id", "patronId",
 * "patronName", "granteeName", "categories", "validUntil", "expiresAt"} (docs/desk.md). The id is
 * passed as {@code ?check=} to read the covered categories. A code that matches nothing: 404 with
 * code CODE_NOT_FOUND and triesLeft; an authorization that opens nothing now: 409 with REVOKED,
 * EXPIRED, NOT_YET_VALID or ENDED_AT_MAJORITY; beyond the hourly limit of wrong codes: 429 with
 * Retry-After.
 */
public final class AuthorizationCheckHandler implements Handler {

  /** The request body. */
  public record NewCheck(String code, String idType) {
    @Override
    public String toString() {
      return "NewCheck[idType=" + idType + "]"; // the code stays out of logs
    }
  }

  private static final ObjectMapper JSON = Json.mapper();

  private final AuthorizationCheckService checks;

  public AuthorizationCheckHandler(AuthorizationCheckService checks) {
    this.checks = checks;
  }

  @Override
  public void handle(Context ctx) {
    AuthorizationCheckService.Request request = request(body(ctx));
    switch (checks.check(AuthHandler.user(ctx), request)) {
      case AuthorizationCheckService.Checked checked -> ctx.status(201).json(checked);
      case AuthorizationCheckService.WrongCode wrong ->
          throw ApiProblem.codeNotFound(
              "CODE_NOT_FOUND",
              "No written authorization has this verification code.",
              wrong.triesLeft());
      case AuthorizationCheckService.NotInForce notInForce ->
          throw ApiProblem.conflict(
              notInForce.code(), "This written authorization does not open any records now.");
      case AuthorizationCheckService.TooMany tooMany ->
          throw ApiProblem.rateLimited(
              "AUTHORIZATION_CODES",
              "Too many wrong verification codes in the last hour: try again later.",
              tooMany.retryAfterSeconds());
      case AuthorizationCheckService.Refused refused -> throw ApiProblem.notFound();
    }
  }

  /** Checks each field; a problem names the field and changes nothing. */
  static AuthorizationCheckService.Request request(NewCheck body) {
    if (body.code() == null || body.code().isBlank()) {
      throw ApiProblem.invalid(
          "code", "required", "The field 'code' is required: the code on the authorization.");
    }
    String code =
        VerificationCode.normalize(body.code())
            .orElseThrow(
                () ->
                    ApiProblem.invalid(
                        "code",
                        "format",
                        "The field 'code' must be the verification code: twenty letters and"
                            + " digits of the code's alphabet, spaces and dashes ignored."));
    IdType idType =
        IdType.parse(body.idType())
            .orElseThrow(
                () ->
                    ApiProblem.invalid(
                        "idType",
                        body.idType() == null ? "required" : "not-allowed",
                        "The field 'idType' is required and must be one of "
                            + IdType.allNames()
                            + "."));
    return new AuthorizationCheckService.Request(code, idType);
  }

  private static NewCheck body(Context ctx) {
    try {
      NewCheck body = JSON.readValue(ctx.bodyAsBytes(), NewCheck.class);
      if (body != null) {
        return body;
      }
    } catch (IOException e) {
      // reported below without echoing the input
    }
    throw ApiProblem.malformed(
        "The body must be a JSON object with the fields 'code' and 'idType'.");
  }
}
