package org.privacyportal.backend.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.Instant;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.http.RequestParameters;

/**
 * POST /api/v1/desk-lookups (staff, director): {"patronId", "reason"[, "branch"]} -> 201
 * {"id", "expiresAt"}. The reason is required: staff look a patron up only with a stated reason,
 * and it goes into the patron's access log with every read. An unknown patron gets the same 404
 * as everywhere else.
 */
public final class DeskLookupHandler implements Handler {

  /** The request body. */
  public record NewDeskLookup(String patronId, String reason, String branch) {
  }

  /** The answer: the id to pass as ?lookup= and when it stops working. */
  public record Created(String id, Instant expiresAt) {
  }

  static final int MIN_REASON = 5;
  static final int MAX_REASON = 500;
  static final int MAX_BRANCH = 100;

  private static final ObjectMapper JSON = Json.mapper();

  private final DeskLookupService lookups;

  public DeskLookupHandler(DeskLookupService lookups) {
    this.lookups = lookups;
  }

  @Override
  public void handle(Context ctx) {
    NewDeskLookup body = body(ctx);
    if (body.patronId() == null || body.patronId().isBlank()) {
      throw ApiProblem.badRequest("The field 'patronId' is required.");
    }
    String reason = body.reason() == null ? "" : body.reason().strip();
    if (nonBlank(reason) < MIN_REASON) {
      throw ApiProblem.badRequest("The field 'reason' is required: at least " + MIN_REASON
          + " characters that are not blank.");
    }
    if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
      throw ApiProblem.badRequest("The field 'reason' must be at most " + MAX_REASON + " characters.");
    }
    String branch = body.branch() == null || body.branch().isBlank() ? null : body.branch().strip();
    if (branch != null && branch.codePointCount(0, branch.length()) > MAX_BRANCH) {
      throw ApiProblem.badRequest("The field 'branch' must be at most " + MAX_BRANCH + " characters.");
    }
    String patronId = RequestParameters.patronId(body.patronId()).orElseThrow(ApiProblem::notFound);
    AuthenticatedUser user = AuthHandler.user(ctx);
    // Through an impersonation token it is the staff member behind it who looks the patron up.
    String staff = user.isImpersonated() ? user.impersonatorId() : user.subject();
    DeskLookup lookup = lookups.create(staff, patronId, reason, branch).orElseThrow(ApiProblem::notFound);
    ctx.status(201).json(new Created(lookup.id(), lookup.expiresAt()));
  }

  private static NewDeskLookup body(Context ctx) {
    try {
      NewDeskLookup body = JSON.readValue(ctx.bodyAsBytes(), NewDeskLookup.class);
      if (body != null) {
        return body;
      }
    } catch (IOException e) {
      // reported below without echoing the input
    }
    throw ApiProblem.badRequest(
        "The body must be a JSON object with the fields 'patronId' and 'reason' (and optionally 'branch').");
  }

  private static long nonBlank(String text) {
    return text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
  }
}
