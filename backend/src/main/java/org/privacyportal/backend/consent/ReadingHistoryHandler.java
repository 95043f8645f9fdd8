package org.privacyportal.backend.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.http.RequestParameters;

/**
 * GET and PUT /api/v1/patrons/{id}/consents/reading-history: {"enabled", "policyVersion"}. PUT
 * takes {"enabled": bool[, "confirmDeletion": bool]}; turning it off while history exists needs
 * confirmDeletion=true, else 409 with the CSV download to offer first. Anyone but the patron or
 * their guardian gets the same 404 as for a patron that does not exist.
 */
public final class ReadingHistoryHandler {

  static final String ENABLED = "enabled";
  static final String CONFIRM = "confirmDeletion";
  private static final Set<String> FIELDS = Set.of(ENABLED, CONFIRM);
  private static final ObjectMapper JSON = Json.mapper();

  private final ReadingHistory readingHistory;

  public ReadingHistoryHandler(ReadingHistory readingHistory) {
    this.readingHistory = readingHistory;
  }

  public Handler get() {
    return ctx ->
        ctx.json(
            readingHistory
                .state(AuthHandler.user(ctx), patronId(ctx))
                .orElseThrow(ApiProblem::notFound));
  }

  public Handler put() {
    return ctx -> {
      JsonNode body = body(ctx);
      boolean enabled = flag(body, ENABLED, true);
      boolean confirm = flag(body, CONFIRM, false);
      String patronId = patronId(ctx);
      try {
        ctx.json(
            readingHistory
                .set(AuthHandler.user(ctx), patronId, enabled, confirm)
                .orElseThrow(ApiProblem::notFound));
      } catch (ReadingHistory.DeletionNotConfirmed e) {
        // The id is the caller's own or their ward's (the access rule granted it): no disclosure.
        throw ApiProblem.confirmationRequired(
            "reading-history-deletion",
            "Turning reading history off deletes your existing reading history."
                + " Download it first as CSV if you want to keep it, then send 'confirmDeletion': true.",
            "/api/v1/patrons/" + patronId + "/loan_history.csv");
      }
    };
  }

  private static String patronId(Context ctx) {
    return RequestParameters.patronId(ctx.pathParam("id")).orElseThrow(ApiProblem::notFound);
  }

  private static JsonNode body(Context ctx) {
    JsonNode body = null;
    try {
      body = JSON.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      // reported below without echoing the input
    }
    if (body == null || !body.isObject()) {
      throw ApiProblem.malformed(
          "The body must be a JSON object with the field 'enabled'"
              + " (and optionally 'confirmDeletion').");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      if (!FIELDS.contains(names.next())) {
        throw ApiProblem.malformed(
            "The body may only have the fields 'enabled' and 'confirmDeletion'.");
      }
    }
    return body;
  }

  private static boolean flag(JsonNode body, String field, boolean required) {
    JsonNode value = body.get(field);
    if (value == null && !required) {
      return false;
    }
    if (value == null || !value.isBoolean()) {
      throw ApiProblem.invalid(
          field,
          value == null ? "required" : "type",
          "The field '" + field + "' is required and must be true or false.");
    }
    return value.booleanValue();
  }
}
