package org.privacyportal.backend.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Iterator;
import java.util.regex.Pattern;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.http.RequestParameters;

/**
 * GET /api/v1/patrons/{id}/access-log/entries?page=&size= : the patron's access log, newest first
 * ({@link AccessLogPage}). POST /api/v1/patrons/{id}/access-log/entries/{entryId}/questions with
 * {"message": optional text of at most 2000 characters}: opens a privacy question about the entry
 * (201 {"ticketId", "entryId", "created": true}), or returns the one already open (200, created
 * false). Bad input is a 400 naming the problem, checked before anything is read; anyone but the
 * patron or their guardian, an entry that is not the patron's or still sealed, and a malformed id
 * all get the same 404 as a patron that does not exist.
 */
public final class AccessLogHandler {

  static final String MESSAGE = "message";
  private static final ObjectMapper JSON = Json.mapper();

  /** C0 and C1 control characters other than line breaks and tabs. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  private final PatronAccessLog log;
  private final AccessLogQuestions questions;

  public AccessLogHandler(PatronAccessLog log, AccessLogQuestions questions) {
    this.log = log;
    this.questions = questions;
  }

  public Handler page() {
    return ctx -> {
      var page = RequestParameters.page(ctx);
      String patronId = patronId(ctx);
      ctx.json(log.page(AuthHandler.user(ctx), patronId, page).orElseThrow(ApiProblem::notFound));
    };
  }

  public Handler ask() {
    return ctx -> {
      String message = message(ctx);
      String patronId = patronId(ctx);
      String entryId = ctx.pathParam("entryId");
      if (!RequestParameters.isId(entryId)) {
        throw ApiProblem.notFound();
      }
      AccessLogQuestions.Question question =
          questions
              .ask(AuthHandler.user(ctx), patronId, entryId, message)
              .orElseThrow(ApiProblem::notFound);
      ctx.status(question.created() ? HttpStatus.CREATED : HttpStatus.OK).json(question);
    };
  }

  private static String patronId(Context ctx) {
    return RequestParameters.patronId(ctx.pathParam("id")).orElseThrow(ApiProblem::notFound);
  }

  /**
   * The optional message, stripped; null when there is none. An empty body counts as no message.
   */
  static String message(Context ctx) {
    byte[] raw = ctx.bodyAsBytes();
    if (raw.length == 0) {
      return null;
    }
    JsonNode body = null;
    try {
      body = JSON.readTree(raw);
    } catch (IOException e) {
      // reported below without echoing the input
    }
    if (body == null || !body.isObject()) {
      throw ApiProblem.malformed(
          "The body must be a JSON object, optionally with the field 'message'.");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      if (!MESSAGE.equals(names.next())) {
        throw ApiProblem.malformed("The body may only have the field 'message'.");
      }
    }
    JsonNode value = body.get(MESSAGE);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiProblem.invalid(MESSAGE, "type", "The field 'message' must be text.");
    }
    String text = value.textValue().strip();
    if (text.codePointCount(0, text.length()) > AccessLogQuestions.MAX_MESSAGE) {
      throw ApiProblem.invalid(
          MESSAGE,
          "too-long",
          "The field 'message' must be at most " + AccessLogQuestions.MAX_MESSAGE + " characters.");
    }
    if (CONTROL.matcher(text).find()) {
      throw ApiProblem.invalid(
          MESSAGE,
          "control-characters",
          "The field 'message' must not contain control characters.");
    }
    return text.isEmpty() ? null : text;
  }
}
