package org.privacyportal.backend.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, the matched route template (e.g. /api/v1/patrons/{id}), status and
 * duration. Never the concrete path or the query string (they may hold a card number or a name),
 * never headers (the token), never bodies.
 */
public final class RequestLog implements RequestLogger {

  private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

  /**
   * Shown instead of a path when no route matched: the raw path is exactly what must not be logged.
   */
  static final String UNMATCHED = "<unmatched>";

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    LOG.info(
        "{} {} {} {}ms",
        ctx.method().name(),
        routeTemplate(ctx),
        ctx.statusCode(),
        String.format(Locale.ROOT, "%.1f", executionTimeMs));
  }

  static String routeTemplate(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint == null || endpoint.path.isEmpty()) {
      return UNMATCHED;
    }
    return endpoint.path;
  }
}
