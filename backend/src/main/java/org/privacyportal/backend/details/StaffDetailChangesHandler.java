package org.privacyportal.backend.details;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Iterator;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.http.RequestParameters;

/**
 * The staff routes (roles staff and director only; anyone else gets 403 before reaching here):
 *
 * <ul>
 *   <li>GET /api/v1/staff/detail-changes: {@link StaffQueue};
 *   <li>POST /api/v1/staff/detail-changes/{id}/approve (no body, or {}) -> 200 with the request;
 *   <li>POST /api/v1/staff/detail-changes/{id}/reject {"reason"} -> 200; the reason is required
 *       ({@value #MIN_REASON} to {@value #MAX_REASON} characters) because the patron is shown it.
 * </ul>
 *
 * An unknown request is the standard 404; one decided or withdrawn already is a 409.
 */
public final class StaffDetailChangesHandler {

  static final int MIN_REASON = 5;
  static final int MAX_REASON = 500;
  static final String BAD_REASON =
      "The field 'reason' is required: what the patron should know, from "
          + MIN_REASON
          + " to "
          + MAX_REASON
          + " characters.";
  static final String REJECT_BODY = "The body must be a JSON object with the one field 'reason'.";
  static final String APPROVE_BODY = "Approving takes no fields: send no body, or {}.";

  private static final ObjectMapper JSON = Json.mapper();

  private final DetailChangeDecisions decisions;

  public StaffDetailChangesHandler(DetailChangeDecisions decisions) {
    this.decisions = decisions;
  }

  public Handler list() {
    return ctx -> ctx.json(decisions.queue(AuthHandler.user(ctx)));
  }

  public Handler approve() {
    return ctx -> {
      JsonNode body = body(ctx, true, APPROVE_BODY);
      if (body.size() > 0) {
        throw ApiProblem.malformed(APPROVE_BODY);
      }
      String id = requestId(ctx);
      try {
        ctx.json(decisions.approve(AuthHandler.user(ctx), id).orElseThrow(ApiProblem::notFound));
      } catch (ChangeConflict e) {
        throw DetailChangesHandler.problem(e);
      }
    };
  }

  public Handler reject() {
    return ctx -> {
      String reason = reason(body(ctx, false, REJECT_BODY));
      String id = requestId(ctx);
      try {
        ctx.json(
            decisions.reject(AuthHandler.user(ctx), id, reason).orElseThrow(ApiProblem::notFound));
      } catch (ChangeConflict e) {
        throw DetailChangesHandler.problem(e);
      }
    };
  }

  private static String reason(JsonNode body) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      if (!"reason".equals(names.next())) {
        throw ApiProblem.malformed(REJECT_BODY);
      }
    }
    JsonNode node = body.get("reason");
    String reason = node != null && node.isTextual() ? node.textValue().strip() : "";
    int length = reason.codePointCount(0, reason.length());
    if (node != null && !node.isTextual()) {
      throw ApiProblem.invalid("reason", "type", BAD_REASON);
    }
    if (length < MIN_REASON) {
      throw ApiProblem.invalid("reason", node == null ? "required" : "too-short", BAD_REASON);
    }
    if (length > MAX_REASON) {
      throw ApiProblem.invalid("reason", "too-long", BAD_REASON);
    }
    if (reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
      throw ApiProblem.invalid("reason", "control-characters", BAD_REASON);
    }
    return reason;
  }

  /** The JSON object sent; an empty body counts as {} where {@code emptyAllowed}. */
  private static JsonNode body(Context ctx, boolean emptyAllowed, String problem) {
    byte[] raw = ctx.bodyAsBytes();
    if (emptyAllowed && new String(raw, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode body = JSON.readTree(raw);
      if (body != null && body.isObject()) {
        return body;
      }
    } catch (IOException e) {
      // reported below without echoing the input
    }
    throw ApiProblem.malformed(problem);
  }

  private static String requestId(Context ctx) {
    return RequestParameters.patronId(ctx.pathParam("id")).orElseThrow(ApiProblem::notFound);
  }
}
