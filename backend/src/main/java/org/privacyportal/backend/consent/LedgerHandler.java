package org.privacyportal.backend.consent;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Language;
import org.privacyportal.backend.http.RequestParameters;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.vocabulary.PageRequest;

/**
 * GET /api/v1/patrons/{id}/consents/ledger (?page, ?size): the ledger, newest first; and
 * .../ledger/{entryId}/receipt.json and receipt.pdf (?language=en|es, English when left out): one
 * entry's consent receipt as a download, in the reader's language. The patron or their guardian
 * only; anyone else, and an entry that is not this patron's, get the same 404 as for a patron that
 * does not exist.
 */
final class LedgerHandler {

  private final ConsentLedger ledger;
  private final LibraryProfile profile;

  LedgerHandler(ConsentLedger ledger, LibraryProfile profile) {
    this.ledger = ledger;
    this.profile = profile;
  }

  Handler page() {
    return ctx -> {
      String patronId = patronId(ctx);
      PageRequest page = RequestParameters.page(ctx);
      ctx.json(
          ledger.page(AuthHandler.user(ctx), patronId, page).orElseThrow(ApiProblem::notFound));
    };
  }

  Handler receiptJson() {
    return ctx -> {
      ReceiptWords words = words(ctx);
      ConsentLedger.ReceiptSource source = source(ctx);
      attachment(ctx, source, "json");
      ctx.json(ConsentReceipt.of(source, profile, words));
    };
  }

  Handler receiptPdf() {
    return ctx -> {
      ReceiptWords words = words(ctx);
      ConsentLedger.ReceiptSource source = source(ctx);
      byte[] pdf = ConsentReceiptPdf.of(source, profile, words);
      attachment(ctx, source, "pdf");
      ctx.contentType("application/pdf");
      ctx.result(pdf);
    };
  }

  /** Checked before the entry is read: a bad parameter changes nothing, not even the access log. */
  private static ReceiptWords words(Context ctx) {
    return ReceiptWords.of(Language.fromQuery(ctx, "language"));
  }

  private ConsentLedger.ReceiptSource source(Context ctx) {
    String patronId = patronId(ctx);
    String entryId = ctx.pathParam("entryId");
    if (!RequestParameters.isId(entryId)) {
      throw ApiProblem.notFound(); // names no entry: like one of someone else's
    }
    return ledger
        .receipt(AuthHandler.user(ctx), patronId, entryId)
        .orElseThrow(ApiProblem::notFound);
  }

  private static void attachment(
      Context ctx, ConsentLedger.ReceiptSource source, String extension) {
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"consent-receipt-" + source.entry().id() + "." + extension + "\"");
  }

  private static String patronId(Context ctx) {
    return RequestParameters.patronId(ctx.pathParam("id")).orElseThrow(ApiProblem::notFound);
  }
}
