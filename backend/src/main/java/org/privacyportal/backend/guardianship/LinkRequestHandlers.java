package org.privacyportal.backend.guardianship;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.RequestParameters;

/**
 * The HTTP side of guardian-link requests.
 *
 * <ul>
 *   <li>POST /api/v1/guardian-link-requests {minorName, minorBirthDate, minorCardNumber?,
 *       relationship, message?}: 202 {"status":"RECEIVED"}, the same whether or not the child is a
 *       patron.
 *   <li>GET /api/v1/staff/guardian-link-requests: {"requests": [...]}, undecided, oldest first.
 *   <li>POST /api/v1/staff/guardian-link-requests/{ticketId}/approve {minorCardNumber,
 *       idDocumentType}: the link, ACTIVE and verified; no field exists for a document number.
 *   <li>POST /api/v1/staff/guardian-link-requests/{ticketId}/reject {reason}.
 * </ul>
 */
public final class LinkRequestHandlers {

  static final int MAX_NAME = 200;
  static final int MAX_MESSAGE = 1000;
  private static final String CARD_FIELD = "minorCardNumber";
  static final int MIN_REASON = 5;
  static final int MAX_REASON = 500;

  /** Library card numbers: letters and digits; nothing else can name a card. */
  private static final Pattern CARD = Pattern.compile("[0-9A-Za-z]{4,32}");

  /** The one answer to every accepted request, so it cannot differ with what is on file. */
  static final Map<String, String> RECEIVED = Map.of("status", "RECEIVED");

  private final LinkRequests requests;
  private final LinkRequestDesk desk;

  public LinkRequestHandlers(LinkRequests requests, LinkRequestDesk desk) {
    this.requests = requests;
    this.desk = desk;
  }

  public Handler request() {
    return ctx -> {
      JsonFields body =
          JsonFields.read(
              ctx,
              List.of("minorName", "minorBirthDate", "minorCardNumber", "relationship", "message"));
      String name = body.required("minorName", MAX_NAME);
      LocalDate birthDate = date(body.required("minorBirthDate", 10));
      if (!requests.isChildToday(birthDate)) {
        throw ApiProblem.invalid(
            "minorBirthDate",
            "not-a-minor",
            "The field 'minorBirthDate' must be the birth date of a child who is under"
                + " the age of majority today.");
      }
      String card = body.optional("minorCardNumber", 32);
      if (card != null && !CARD.matcher(card).matches()) {
        throw ApiProblem.invalid(
            "minorCardNumber",
            "format",
            "The field 'minorCardNumber' must be 4 to 32 letters or digits.");
      }
      LinkRequest.Relationship relationship =
          LinkRequest.Relationship.parse(body.required("relationship", 20))
              .orElseThrow(
                  () ->
                      ApiProblem.invalid(
                          "relationship",
                          "not-allowed",
                          "The field 'relationship' must be one of PARENT, LEGAL_GUARDIAN,"
                              + " OTHER."));
      String message = body.optional("message", MAX_MESSAGE);
      try {
        requests
            .open(
                AuthHandler.user(ctx),
                new LinkRequest(name, birthDate, card, relationship, message))
            .orElseThrow(ApiProblem::notFound);
      } catch (LinkRequests.RequesterIsMinor e) {
        throw ApiProblem.invalidRequest(
            "requester-is-minor", "Only an adult can ask to be linked to a child's account.");
      }
      ctx.status(202).json(RECEIVED);
    };
  }

  public Handler list() {
    return ctx -> ctx.json(Map.of("requests", desk.open(AuthHandler.user(ctx))));
  }

  public Handler approve() {
    return ctx -> {
      String ticketId = ticketId(ctx);
      JsonFields body = JsonFields.read(ctx, List.of("minorCardNumber", "idDocumentType"));
      String card = body.required("minorCardNumber", 32);
      if (!CARD.matcher(card).matches()) {
        throw ApiProblem.invalid(
            "minorCardNumber",
            "format",
            "The field 'minorCardNumber' must be 4 to 32 letters or digits.");
      }
      IdDocumentType document =
          IdDocumentType.parse(body.required("idDocumentType", 40))
              .orElseThrow(
                  () ->
                      ApiProblem.invalid(
                          "idDocumentType",
                          "not-allowed",
                          "The field 'idDocumentType' must be one of "
                              + IdDocumentType.allNames()
                              + "."));
      try {
        ctx.json(
            desk.approve(AuthHandler.user(ctx), ticketId, card, document)
                .orElseThrow(ApiProblem::notFound));
      } catch (LinkRequestDesk.Refused e) {
        throw refusal(e.refusal());
      }
    };
  }

  public Handler reject() {
    return ctx -> {
      String ticketId = ticketId(ctx);
      String reason = JsonFields.read(ctx, List.of("reason")).required("reason", MAX_REASON);
      if (reason.codePointCount(0, reason.length()) < MIN_REASON) {
        throw ApiProblem.invalid(
            "reason",
            "too-short",
            "The field 'reason' must be at least " + MIN_REASON + " characters.");
      }
      try {
        String status =
            desk.reject(AuthHandler.user(ctx), ticketId, reason).orElseThrow(ApiProblem::notFound);
        ctx.json(Map.of("ticketId", ticketId, "status", status));
      } catch (LinkRequestDesk.Refused e) {
        throw refusal(e.refusal());
      }
    };
  }

  private static ApiProblem refusal(LinkRequestDesk.Refusal refusal) {
    return switch (refusal) {
      case ALREADY_DECIDED ->
          ApiProblem.conflict(
              "already-decided", "This request has already been approved or rejected.");
      case ALREADY_LINKED ->
          ApiProblem.conflict(
              "already-linked",
              "This patron is already linked to this child, with identification checked.");
      case NO_SUCH_CARD ->
          ApiProblem.invalid(
              CARD_FIELD,
              "no-such-card",
              "No patron has this card number: check the child's card.");
      case CARD_IS_REQUESTERS ->
          ApiProblem.invalid(
              CARD_FIELD,
              "requesters-card",
              "This is the requester's own card: enter the child's card number.");
      case NOT_A_MINOR ->
          ApiProblem.invalid(
              CARD_FIELD,
              "not-a-minor",
              "The patron with this card is not under the age of majority: a guardian link would grant nothing.");
      case CARD_NOT_NAMED_CHILD ->
          ApiProblem.invalid(
              CARD_FIELD,
              "not-named-child",
              "This card is not the card of the child named in the request (name and birth date): check the card.");
      case REQUEST_WITHOUT_CHILD ->
          ApiProblem.conflict(
              "request-without-child",
              "This request does not record the child's name and birth date apart: reject it and ask for a new one.");
      case APPROVER_IS_REQUESTER ->
          ApiProblem.conflict(
              "approver-is-requester",
              "You asked for this link yourself: another staff member must check and approve it.");
      case LINK_ENDED ->
          ApiProblem.conflict(
              "link-ended",
              "This patron's link to this child was ended: it cannot be approved again at the desk.");
    };
  }

  private static String ticketId(Context ctx) {
    String raw = ctx.pathParam("ticketId");
    if (!RequestParameters.isId(raw)) {
      throw ApiProblem.notFound();
    }
    return raw;
  }

  private static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalid(
          "minorBirthDate",
          "format",
          "The field 'minorBirthDate' must be a date written as YYYY-MM-DD.");
    }
  }
}
