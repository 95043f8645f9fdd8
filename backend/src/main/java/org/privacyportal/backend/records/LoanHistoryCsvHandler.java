package org.privacyportal.backend.records;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.privacyportal.backend.access.RequestContext;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.circulation.Loan;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.RequestParameters;
import org.privacyportal.backend.vocabulary.LoanHistoryFilter;

/**
 * GET /api/v1/patrons/{id}/loan_history.csv: the whole reading history as a CSV download, with the
 * same search and order parameters as the page ({@link LoanHistoryFilter}), the same access rule
 * and access log ({@link RecordService}), and the same 404 for anything the caller may not see.
 */
public final class LoanHistoryCsvHandler implements Handler {

  static final String FILE_NAME = "reading-history.csv";

  private final RecordService records;

  public LoanHistoryCsvHandler(RecordService records) {
    this.records = records;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    RequestContext context = ContextParameters.of(ctx);
    LoanHistoryFilter filter = RequestParameters.loanHistoryFilter(ctx);
    String patronId =
        RequestParameters.patronId(ctx.pathParam("id")).orElseThrow(ApiProblem::notFound);
    List<Loan> loans =
        records
            .loanHistory(AuthHandler.user(ctx), patronId, context, filter)
            .orElseThrow(ApiProblem::notFound);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
    try (var out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      LoanHistoryCsv.write(loans, out);
    }
  }
}
