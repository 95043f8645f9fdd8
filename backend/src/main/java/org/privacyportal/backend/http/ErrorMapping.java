package org.privacyportal.backend.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.validation.ValidationException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every error into a problem+json body. A 500 never shows a stack trace or exception
 * message (messages can carry personal data, e.g. a duplicate key value): the client gets a
 * random error id, and the log gets the same id with the exception's class and stack frames only.
 */
public final class ErrorMapping {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private final ProblemWriter writer;

  public ErrorMapping(ProblemWriter writer) {
    this.writer = writer;
  }

  public void register(JavalinConfig config) {
    config.routes.exception(ApiProblem.class, (e, ctx) -> {
      e.headers().forEach(ctx::header);
      writer.write(ctx, e.problem());
    });
    config.routes.exception(ValidationException.class, (e, ctx) -> writer.write(ctx,
        Problem.of(400, "Bad Request", "Invalid value for: " + String.join(", ", e.getErrors().keySet()))));
    config.routes.exception(HttpResponseException.class, this::httpResponse);
    config.routes.exception(Exception.class, (e, ctx) -> unexpected(e, ctx));
  }

  /** Javalin's own responses (unknown route, wrong method, bad request): fixed texts only. */
  private void httpResponse(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    if (status == 404) {
      writer.write(ctx, ApiProblem.NOT_FOUND);
      return;
    }
    if (e instanceof MethodNotAllowedResponse) {
      String allowed = e.getDetails().get("availableMethods");
      if (allowed != null) {
        ctx.header("Allow", allowed);
      }
    }
    String title = HttpStatus.forStatus(status).getMessage();
    writer.write(ctx, Problem.of(status, title, title + "."));
  }

  private void unexpected(Exception e, Context ctx) {
    String errorId = UUID.randomUUID().toString();
    LOG.error("Unhandled {} (errorId={})", e.getClass().getName(), errorId, SafeThrowable.of(e));
    writer.write(ctx, new Problem("about:blank", "Internal Server Error", 500,
        "The server could not complete the request. Quote the error id when reporting this.", errorId));
  }
}
