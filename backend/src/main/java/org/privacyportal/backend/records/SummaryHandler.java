package org.privacyportal.backend.records;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.RequestParameters;

/**
 * GET /api/v1/patrons/{id}/summary: counts (and the next due date) of each category the caller may
 * see; the same 404 as for an unknown patron when there is none.
 */
public final class SummaryHandler implements Handler {

  private final RecordService records;

  public SummaryHandler(RecordService records) {
    this.records = records;
  }

  @Override
  public void handle(Context ctx) {
    RequestContext context = ContextParameters.of(ctx);
    String patronId =
        RequestParameters.patronId(ctx.pathParam("id")).orElseThrow(ApiProblem::notFound);
    ctx.json(
        records
            .summary(AuthHandler.user(ctx), patronId, context)
            .orElseThrow(ApiProblem::notFound));
  }
}
