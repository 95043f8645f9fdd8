package org.privacyportal.backend.records;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.RequestParameters;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.LoanHistoryFilter;
import org.privacyportal.backend.vocabulary.PageRequest;

/**
 * GET /api/v1/patrons/{id}/{category}: one page of a category of a patron's records. A patron the
 * caller may not see, one that does not exist, a malformed id and an unknown category all get the
 * very same 404: the answer never tells whether someone is a patron. {@code loan_history} also
 * takes {@code ?q=}, {@code ?sort=} and {@code ?dir=} ({@link LoanHistoryFilter}).
 */
public final class RecordsHandler implements Handler {

  private final RecordService records;

  public RecordsHandler(RecordService records) {
    this.records = records;
  }

  @Override
  public void handle(Context ctx) {
    PageRequest page = RequestParameters.page(ctx);
    RequestContext context = ContextParameters.of(ctx);
    LoanHistoryFilter filter = RequestParameters.loanHistoryFilter(ctx);
    Optional<String> patronId = RequestParameters.patronId(ctx.pathParam("id"));
    Optional<Category> category = Category.fromWireName(ctx.pathParam("category"));
    if (patronId.isEmpty() || category.isEmpty()) {
      throw ApiProblem.notFound();
    }
    RecordPage result =
        records
            .page(AuthHandler.user(ctx), patronId.get(), category.get(), context, page, filter)
            .orElseThrow(ApiProblem::notFound);
    ctx.json(result);
  }
}
