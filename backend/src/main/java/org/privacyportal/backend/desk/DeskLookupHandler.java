package org.privacyportal.backend.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.vocabulary.Category;

/**
 * POST /api/v1/desk-lookups (staff, director): {"cardNumber", "reason"[, "note"][, "branch"]} ->
 * 201 {"id", "patronId", "categories", "expiresAt"} (docs/desk.md). The card is the number printed
 * on the patron's card, never an internal id; the reason is a {@link DeskReason} code (OTHER needs
 * a note). A card nobody holds gets the same 404 as everywhere else; beyond the staff member's
 * hourly limit, 429 with Retry-After.
 */
public final class DeskLookupHandler implements Handler {

  /** The request body. */
  public record NewDeskLookup(String cardNumber, String reason, String note, String branch) {
    @Override
    public String toString() {
      return "NewDeskLookup[reason="
          + reason
          + "]"; // the card number and the note stay out of logs
    }
  }

  /** The answer: the id to pass as ?lookup=, the patron to read, what it opens and until when. */
  public record Created(String id, String patronId, List<String> categories, Instant expiresAt) {}

  static final int MIN_NOTE = 5;
  static final int MAX_NOTE = 200;
  static final int MAX_BRANCH = 100;

  /** Library card numbers: letters and digits; nothing else can name a card. */
  private static final Pattern CARD = Pattern.compile("[0-9A-Za-z]{4,32}");

  private static final ObjectMapper JSON = Json.mapper();

  private final DeskLookupService lookups;

  public DeskLookupHandler(DeskLookupService lookups) {
    this.lookups = lookups;
  }

  @Override
  public void handle(Context ctx) {
    DeskLookupService.Request request = request(body(ctx));
    switch (lookups.open(AuthHandler.user(ctx), request)) {
      case DeskLookupService.Opened opened ->
          ctx.status(201)
              .json(
                  new Created(
                      opened.lookup().id(),
                      opened.lookup().patronId(),
                      opened.categories().stream().map(Category::wireName).toList(),
                      opened.lookup().expiresAt()));
      case DeskLookupService.NotFound notFound -> throw ApiProblem.notFound();
      case DeskLookupService.TooMany tooMany ->
          throw ApiProblem.rateLimited(
              "DESK_LOOKUPS",
              "Too many desk lookups in the last hour: try again later.",
              tooMany.retryAfterSeconds());
    }
  }

  /** Checks each field; a problem names the field and changes nothing. */
  static DeskLookupService.Request request(NewDeskLookup body) {
    String card = body.cardNumber() == null ? "" : body.cardNumber().strip();
    if (card.isEmpty()) {
      throw ApiProblem.invalid(
          "cardNumber",
          "required",
          "The field 'cardNumber' is required: the number on the patron's card.");
    }
    if (!CARD.matcher(card).matches()) {
      throw ApiProblem.invalid(
          "cardNumber", "malformed", "The field 'cardNumber' must be 4 to 32 letters or digits.");
    }
    DeskReason reason =
        DeskReason.parse(body.reason())
            .orElseThrow(
                () ->
                    ApiProblem.invalid(
                        "reason",
                        "unknown",
                        "The field 'reason' is required and must be one of "
                            + DeskReason.allNames()
                            + "."));
    String note = clean(body.note());
    if (note != null && (note.codePointCount(0, note.length()) > MAX_NOTE || hasControl(note))) {
      throw ApiProblem.invalid(
          "note",
          "too-long",
          "The field 'note' must be at most "
              + MAX_NOTE
              + " characters, without control characters.");
    }
    if (reason.needsNote() && (note == null || nonBlank(note) < MIN_NOTE)) {
      throw ApiProblem.invalid(
          "note",
          "required",
          "The field 'note' is required with the reason OTHER: at least "
              + MIN_NOTE
              + " characters that are not blank.");
    }
    String branch = clean(body.branch());
    if (branch != null
        && (branch.codePointCount(0, branch.length()) > MAX_BRANCH || hasControl(branch))) {
      throw ApiProblem.invalid(
          "branch",
          "too-long",
          "The field 'branch' must be at most "
              + MAX_BRANCH
              + " characters, without control characters.");
    }
    return new DeskLookupService.Request(card, reason, note, branch);
  }

  private static NewDeskLookup body(Context ctx) {
    try {
      NewDeskLookup body = JSON.readValue(ctx.bodyAsBytes(), NewDeskLookup.class);
      if (body != null) {
        return body;
      }
    } catch (IOException e) {
      // reported below without echoing the input
    }
    throw ApiProblem.malformed(
        "The body must be a JSON object with the fields 'cardNumber' and 'reason'"
            + " (and optionally 'note' and 'branch').");
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static boolean hasControl(String text) {
    return text.codePoints().anyMatch(Character::isISOControl);
  }

  private static long nonBlank(String text) {
    return text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .count();
  }
}
