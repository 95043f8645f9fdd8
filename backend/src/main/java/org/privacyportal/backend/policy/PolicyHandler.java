package org.privacyportal.backend.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.http.Language;
import org.privacyportal.backend.http.RequestParameters;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfile.PolicyVersion;

/**
 * GET /api/v1/policy: the current policy, open to anyone (a library publishes its privacy policy).
 * GET /api/v1/patrons/{id}/policy/acceptance: the same with the version the patron last accepted
 * and what changed since. POST to it {"version"}: accept the current version (201, a ledger entry;
 * 200 and no entry when already accepted; 409 for any other version). ?lang=en|es picks the text's
 * language (English by default).
 */
final class PolicyHandler {

  private static final ObjectMapper JSON = Json.mapper();

  /** The public page: the current version and the list of versions kept. */
  record PublicView(
      String version,
      LocalDate effectiveDate,
      String summary,
      String language,
      boolean translation,
      List<String> text,
      List<PatronPolicy.VersionNote> versions) {}

  private final PatronPolicy patronPolicy;
  private final LibraryProfile profile;

  PolicyHandler(PatronPolicy patronPolicy, LibraryProfile profile) {
    this.patronPolicy = patronPolicy;
    this.profile = profile;
  }

  Handler current() {
    return ctx -> {
      String language = language(ctx);
      PolicyVersion current = profile.currentPolicy();
      ctx.json(
          new PublicView(
              current.version(),
              current.effective(),
              current.summary().get(language),
              language,
              !"en".equals(language),
              Arrays.asList(current.text().get(language).split("\n\n")),
              profile.policyVersions().reversed().stream()
                  .map(
                      v ->
                          new PatronPolicy.VersionNote(
                              v.version(), v.effective(), v.summary().get(language)))
                  .toList()));
    };
  }

  Handler forPatron() {
    return ctx -> {
      String patronId = patronId(ctx);
      String language = language(ctx);
      ctx.json(
          patronPolicy
              .view(AuthHandler.user(ctx), patronId, language)
              .orElseThrow(ApiProblem::notFound));
    };
  }

  Handler accept() {
    return ctx -> {
      String patronId = patronId(ctx);
      String version = version(ctx);
      try {
        PatronPolicy.Acceptance acceptance =
            patronPolicy
                .accept(AuthHandler.user(ctx), patronId, version)
                .orElseThrow(ApiProblem::notFound);
        ctx.status(acceptance.recorded() ? HttpStatus.CREATED : HttpStatus.OK);
        ctx.json(Map.of("version", acceptance.version(), "recorded", acceptance.recorded()));
      } catch (PatronPolicy.NotCurrent e) {
        throw ApiProblem.conflict(
            "policy-not-current",
            "Only the current version of the privacy policy can be accepted; it is "
                + profile.policyVersion()
                + ". Read it again and accept that version.");
      }
    };
  }

  private static String language(Context ctx) {
    return Language.fromQuery(ctx, "lang").code();
  }

  private static String version(Context ctx) {
    JsonNode body = null;
    try {
      body = JSON.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      // reported below without echoing the input
    }
    if (body == null
        || !body.isObject()
        || body.size() != 1
        || !body.has("version")
        || !body.get("version").isTextual()
        || body.get("version").asText().isBlank()) {
      throw ApiProblem.malformed(
          "The body must be a JSON object with only the field 'version' (text):"
              + " the policy version you accept.");
    }
    return body.get("version").asText();
  }

  private static String patronId(Context ctx) {
    return RequestParameters.patronId(ctx.pathParam("id")).orElseThrow(ApiProblem::notFound);
  }
}
