package org.privacyportal.backend.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.validation.ValidationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every error into a problem+json body with a {@link ProblemType}. A 500 never shows a stack
 * trace or exception message (messages can carry personal data, e.g. a duplicate key value): the
 * client gets a random error id, and the log gets the same id with the exception's class and stack
 * frames only.
 */
public final class ErrorMapping {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  /** How long a client should wait before trying again while the database is unreachable. */
  static final int DATABASE_RETRY_AFTER_SECONDS = 5;

  private final ProblemWriter writer;

  public ErrorMapping(ProblemWriter writer) {
    this.writer = writer;
  }

  public void register(JavalinConfig config) {
    config.routes.exception(
        ApiProblem.class,
        (e, ctx) -> {
          e.headers().forEach(ctx::header);
          writer.write(ctx, e.problem());
        });
    config.routes.exception(
        ValidationException.class,
        (e, ctx) -> {
          Map<String, String> errors = new LinkedHashMap<>();
          e.getErrors().keySet().forEach(name -> errors.put(name, "invalid"));
          writer.write(
              ctx,
              ApiProblem.invalid(errors, "Invalid value for: " + String.join(", ", errors.keySet()))
                  .problem());
        });
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
    writer.write(
        ctx,
        Problem.of(
            ProblemType.forHttpStatus(status),
            status,
            HttpStatus.forStatus(status).getMessage() + "."));
  }

  private void unexpected(Exception e, Context ctx) {
    if (databaseUnavailable(e)) {
      LOG.warn("Database unavailable: {}", e.getClass().getName());
      ApiProblem answer =
          ApiProblem.unavailable(
              "database",
              "The records are unavailable right now. Please try again shortly.",
              DATABASE_RETRY_AFTER_SECONDS);
      answer.headers().forEach(ctx::header);
      writer.write(ctx, answer.problem());
      return;
    }
    String errorId = UUID.randomUUID().toString();
    LOG.error("Unhandled {} (errorId={})", e.getClass().getName(), errorId, SafeThrowable.of(e));
    writer.write(
        ctx,
        Problem.of(
                ProblemType.INTERNAL,
                "The server could not complete the request. Quote the error id when reporting this.")
            .with("errorId", errorId));
  }

  /**
   * No connection to the database could be had or kept (the pool timed out waiting, or the
   * connection broke): nothing is wrong with the request, so a 503 rather than a 500. MyBatis and
   * the pool wrap the driver's exception, hence the walk along the causes.
   */
  static boolean databaseUnavailable(Throwable e) {
    for (Throwable cause = e;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException) {
        return true;
      }
    }
    return false;
  }
}
