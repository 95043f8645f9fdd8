package org.privacyportal.backend.details;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.RequestParameters;

/**
 * The patron's routes:
 *
 * <ul>
 *   <li>GET /api/v1/patrons/{id}/details/changes: {@link PatronDetailChanges};
 *   <li>POST the same: {"email"?, "phone"?, "address"?} (see {@link ChangeInput}) -> 201 with the
 *       pending request; 400 naming each problem; 409 while another request is pending;
 *   <li>DELETE /api/v1/patrons/{id}/details/changes/{requestId}: withdraws it -> 200 with the
 *       withdrawn request; 409 once it was decided.
 * </ul>
 *
 * Anyone but the patron or their guardian gets the same 404 as for a patron that does not exist.
 */
public final class DetailChangesHandler {

  static final String PENDING_EXISTS =
      "A change request is already waiting for staff approval. Withdraw it"
          + " first to send a new one.";
  static final String NOTHING_CHANGES =
      "The request changes nothing: the values given are the ones the library" + " already has.";
  static final String NOT_PENDING = "This change request was already decided or withdrawn.";

  private final DetailChanges changes;

  public DetailChangesHandler(DetailChanges changes) {
    this.changes = changes;
  }

  public Handler get() {
    return ctx ->
        ctx.json(
            changes.view(AuthHandler.user(ctx), patronId(ctx)).orElseThrow(ApiProblem::notFound));
  }

  public Handler post() {
    return ctx -> {
      // the body first: a 400 depends on the request alone, whoever the patron is
      RequestedChange asked = ChangeInput.read(ctx.bodyAsBytes());
      String patronId = patronId(ctx);
      try {
        ctx.status(201)
            .json(
                changes
                    .request(AuthHandler.user(ctx), patronId, asked)
                    .orElseThrow(ApiProblem::notFound));
      } catch (ChangeConflict e) {
        throw problem(e);
      }
    };
  }

  public Handler delete() {
    return ctx -> {
      String patronId = patronId(ctx);
      String requestId =
          RequestParameters.patronId(ctx.pathParam("requestId")).orElseThrow(ApiProblem::notFound);
      try {
        ctx.json(
            changes
                .withdraw(AuthHandler.user(ctx), patronId, requestId)
                .orElseThrow(ApiProblem::notFound));
      } catch (ChangeConflict e) {
        throw problem(e);
      }
    };
  }

  /** The caller was granted this patron (the conflict arises only after that): no disclosure. */
  static ApiProblem problem(ChangeConflict conflict) {
    return switch (conflict.kind()) {
      case ALREADY_PENDING -> ApiProblem.conflict("already-pending", PENDING_EXISTS);
      case NOT_PENDING -> ApiProblem.conflict("not-pending", NOT_PENDING);
      case NOTHING_CHANGES -> ApiProblem.invalidRequest("nothing-changes", NOTHING_CHANGES);
    };
  }

  private static String patronId(Context ctx) {
    return RequestParameters.patronId(ctx.pathParam("id")).orElseThrow(ApiProblem::notFound);
  }
}
