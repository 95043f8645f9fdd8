package org.privacyportal.backend.authorization;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Language;
import org.privacyportal.backend.http.RequestParameters;
import org.privacyportal.backend.library.LibraryProfile;

/**
 * The HTTP side of written authorizations (docs/authorizations.md), all self-service: the patron or
 * an active guardian of a minor; anyone else, and an authorization that is not this patron's, get
 * the same 404 as for a patron that does not exist.
 *
 * <ul>
 *   <li>POST /api/v1/patrons/{id}/written-authorizations/preview: the text to sign; stores nothing.
 *   <li>POST /api/v1/patrons/{id}/written-authorizations: signs; 201 with Location.
 *   <li>GET /api/v1/patrons/{id}/written-authorizations/{authorizationId}: as signed, with the
 *       code.
 *   <li>GET .../{authorizationId}/document.pdf?lang=en|es: the printable document.
 *   <li>POST .../{authorizationId}/revocation: revokes it.
 * </ul>
 */
final class AuthorizationHandlers {

  static final String BASE = "/api/v1/patrons/{id}/written-authorizations";

  private final Authorizations authorizations;
  private final LibraryProfile profile;
  private final AuthorizationSettings settings;

  AuthorizationHandlers(
      Authorizations authorizations, LibraryProfile profile, AuthorizationSettings settings) {
    this.authorizations = authorizations;
    this.profile = profile;
    this.settings = settings;
  }

  Handler preview() {
    return ctx -> {
      String patronId = patronId(ctx);
      AuthorizationForm form = AuthorizationForms.form(ctx);
      ctx.json(
          authorizations
              .preview(AuthHandler.user(ctx), patronId, form)
              .orElseThrow(ApiProblem::notFound));
    };
  }

  Handler sign() {
    return ctx -> {
      String patronId = patronId(ctx);
      AuthorizationForms.Signed signed = AuthorizationForms.signed(ctx);
      Authorizations.Created created =
          authorizations
              .sign(AuthHandler.user(ctx), patronId, signed.form(), signed.signature())
              .orElseThrow(ApiProblem::notFound);
      ctx.header(
          "Location", "/api/v1/patrons/" + patronId + "/written-authorizations/" + created.id());
      ctx.status(201).json(created);
    };
  }

  Handler get() {
    return ctx ->
        ctx.json(
            authorizations
                .get(AuthHandler.user(ctx), patronId(ctx), authorizationId(ctx))
                .orElseThrow(ApiProblem::notFound));
  }

  Handler document() {
    return ctx -> {
      // Checked first: a bad parameter reads nothing.
      Language language = Language.fromQuery(ctx, "lang");
      Authorizations.Printable printable =
          authorizations
              .printable(AuthHandler.user(ctx), patronId(ctx), authorizationId(ctx))
              .orElseThrow(ApiProblem::notFound);
      byte[] pdf = AuthorizationPdf.of(printable, profile, language, settings.frontendUrl());
      ctx.header(
          "Content-Disposition",
          "attachment; filename=\"written-authorization-" + printable.details().id() + ".pdf\"");
      ctx.contentType("application/pdf");
      ctx.result(pdf);
    };
  }

  Handler revoke() {
    return ctx -> {
      String patronId = patronId(ctx);
      String authorizationId = authorizationId(ctx);
      if (!ctx.body().isBlank()) {
        throw ApiProblem.malformed("A revocation takes no body.");
      }
      try {
        ctx.json(
            authorizations
                .revoke(AuthHandler.user(ctx), patronId, authorizationId)
                .orElseThrow(ApiProblem::notFound));
      } catch (Authorizations.AlreadyRevoked e) {
        throw ApiProblem.conflict("ALREADY_REVOKED", "This authorization was already revoked.");
      }
    };
  }

  private static String patronId(Context ctx) {
    return RequestParameters.patronId(ctx.pathParam("id")).orElseThrow(ApiProblem::notFound);
  }

  /** An id that cannot name an authorization names none: like one of someone else's. */
  private static String authorizationId(Context ctx) {
    String id = ctx.pathParam("authorizationId");
    if (!RequestParameters.isId(id)) {
      throw ApiProblem.notFound();
    }
    return id;
  }
}
