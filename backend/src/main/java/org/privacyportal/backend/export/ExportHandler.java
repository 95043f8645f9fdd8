package org.privacyportal.backend.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.Purpose;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.auth.AuthenticatedUser;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.http.Language;
import org.privacyportal.backend.http.RequestParameters;
import org.privacyportal.backend.vocabulary.Category;
import org.privacyportal.backend.vocabulary.Ground;

/**
 * POST /api/v1/patrons/{id}/exports → 202 with the export's status (and Location); GET
 * …/exports/{exportId} → its status; GET …/exports/{exportId}/archive → the zip, once READY. Only
 * the patron or their guardian (ground SELF or GUARDIAN) may export; everyone else, an export id
 * that is not theirs and an id that never existed all get the very same 404.
 */
final class ExportHandler {

  private final AccessCore core;
  private final ExportJobs jobs;

  ExportHandler(AccessCore core, ExportJobs jobs) {
    this.core = core;
    this.jobs = jobs;
  }

  Handler start() {
    return ctx -> {
      AuthenticatedUser user = AuthHandler.user(ctx);
      String patronId = patronId(ctx);
      Ground ground = selfOrGuardian(user, patronId);
      Locale language = language(ctx);
      ExportJob job = jobs.start(user, patronId, ground, language);
      ctx.status(202);
      ctx.header("Location", "/api/v1/patrons/" + patronId + "/exports/" + job.id());
      ctx.header("Cache-Control", "no-store");
      ctx.json(job.status());
    };
  }

  Handler status() {
    return ctx -> {
      ExportJob job = job(ctx);
      ctx.header("Cache-Control", "no-store");
      ctx.json(job.status());
    };
  }

  Handler archive() {
    return ctx -> {
      ExportJob job = job(ctx);
      if (job.state() != ExportJob.State.READY) {
        throw ApiProblem.conflict(
            "export-not-ready",
            "The archive is not ready. Ask for the export's status until it is READY.");
      }
      LocalDate day = LocalDate.ofInstant(job.finishedAt(), core.policy().profile().timeZone());
      ctx.contentType("application/zip");
      ctx.header("Content-Disposition", "attachment; filename=\"my-data-" + day + ".zip\"");
      ctx.header("Cache-Control", "no-store");
      ctx.header("Content-Length", Long.toString(Files.size(job.file())));
      try (InputStream in = Files.newInputStream(job.file())) {
        in.transferTo(ctx.outputStream());
        ctx.outputStream().flush();
      }
      jobs.delivered(
          job); // only after the whole file went out: an interrupted download can be retried
    };
  }

  private ExportJob job(Context ctx) {
    AuthenticatedUser user = AuthHandler.user(ctx);
    String patronId = patronId(ctx);
    selfOrGuardian(user, patronId); // a guardian whose ward came of age loses the archive too
    return jobs.find(ctx.pathParam("exportId"), patronId, user.subject())
        .orElseThrow(ApiProblem::notFound);
  }

  /**
   * The ground on which the caller acts for the patron, SELF or GUARDIAN, else the standard 404. A
   * check only: each category the export reads is its own logged unit of work (ExportArchive).
   */
  private Ground selfOrGuardian(AuthenticatedUser user, String patronId) {
    return core.run(
            user,
            patronId,
            Purpose.selfServiceCheck(Category.PROFILE),
            scope -> scope.grant().ground())
        .orElseThrow(ApiProblem::notFound);
  }

  private static String patronId(Context ctx) {
    return RequestParameters.patronId(ctx.pathParam("id")).orElseThrow(ApiProblem::notFound);
  }

  /** {"language": "en"|"es"} for the PDF's words; no body means English. */
  private static Locale language(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      return Locale.ENGLISH;
    }
    JsonNode json = null;
    try {
      json = Json.mapper().readTree(body);
    } catch (IOException e) {
      // reported below without echoing the input
    }
    if (json == null
        || !json.isObject()
        || json.size() > 1
        || (json.size() == 1 && !json.has("language"))) {
      throw ApiProblem.malformed(
          "The body must be empty or a JSON object with only the field 'language'.");
    }
    return Language.fromField(json.get("language"), "language").locale();
  }
}
