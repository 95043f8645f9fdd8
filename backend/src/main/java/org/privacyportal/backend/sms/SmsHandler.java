package org.privacyportal.backend.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.http.Language;
import org.privacyportal.backend.http.RequestParameters;

/**
 * The HTTP side of SMS notices (routes in {@link SmsRoutes}). Bodies are strict: an unknown field
 * is a 400. Problem details are fixed texts and never repeat the number or the code sent. Anyone
 * but the patron or their guardian gets the same 404 as for a patron that does not exist.
 */
final class SmsHandler {

  private static final ObjectMapper JSON = Json.mapper();
  private static final Set<String> SEND_FIELDS = Set.of("number", "language");
  private static final Set<String> CONFIRM_FIELDS = Set.of("code", "choices");
  private static final Set<String> CHOICE_FIELDS = Set.of("dueDate", "holdsReady", "foundItems");

  private final SmsSettings settings;
  private final SmsVerification verification;

  SmsHandler(SmsSettings settings, SmsVerification verification) {
    this.settings = settings;
    this.verification = verification;
  }

  Handler get() {
    return ctx ->
        ctx.json(
            settings.state(AuthHandler.user(ctx), patronId(ctx)).orElseThrow(ApiProblem::notFound));
  }

  /**
   * POST .../sms/verification {"number"?, "language"?}: sends a code (without a number: again to
   * the pending one).
   */
  Handler sendCode() {
    return ctx -> {
      String patronId = patronId(ctx);
      JsonNode body = body(ctx, SEND_FIELDS, "'number' and 'language' (both optional)");
      String typed = text(body, "number", false);
      JsonNode languageField = body.get("language");
      // null is "left out" here, as for 'number'
      String language =
          Language.fromField(
                  languageField == null || languageField.isNull() ? null : languageField,
                  "language")
              .code();
      Optional<MobileNumber> number;
      try {
        number = typed == null ? Optional.empty() : Optional.of(MobileNumber.parse(typed));
      } catch (MobileNumber.Invalid e) {
        throw ApiProblem.invalid("number", "format", e.getMessage());
      }
      answer(ctx, () -> verification.sendCode(AuthHandler.user(ctx), patronId, number, language));
    };
  }

  /** POST .../sms/verification/confirm {"code", "choices"?}: confirms the number. */
  Handler confirm() {
    return ctx -> {
      String patronId = patronId(ctx);
      JsonNode body = body(ctx, CONFIRM_FIELDS, "'code' (and optionally 'choices')");
      String code = text(body, "code", true);
      if (!OneTimeCode.wellFormed(code)) {
        throw ApiProblem.invalid(
            "code", "format", "The field 'code' must be the six digits sent by SMS.");
      }
      JsonNode choices = body.get("choices");
      Optional<SmsChoices> chosen =
          choices == null || choices.isNull()
              ? Optional.empty()
              : Optional.of(choices(choices, "choices"));
      answer(ctx, () -> verification.confirm(AuthHandler.user(ctx), patronId, code, chosen));
    };
  }

  /** PUT .../sms/choices {"dueDate", "holdsReady", "foundItems"}. */
  Handler choices() {
    return ctx -> {
      String patronId = patronId(ctx);
      SmsChoices choices =
          choices(body(ctx, CHOICE_FIELDS, "'dueDate', 'holdsReady' and 'foundItems'"), null);
      answer(ctx, () -> settings.setChoices(AuthHandler.user(ctx), patronId, choices));
    };
  }

  /** DELETE .../sms: opt out. */
  Handler optOut() {
    return ctx ->
        ctx.json(
            settings
                .optOut(AuthHandler.user(ctx), patronId(ctx))
                .orElseThrow(ApiProblem::notFound));
  }

  private interface Action {
    Optional<SmsState> run();
  }

  private static void answer(Context ctx, Action action) {
    try {
      ctx.json(action.run().orElseThrow(ApiProblem::notFound));
    } catch (SmsRefusal refusal) {
      throw problem(refusal);
    }
  }

  /**
   * The id was the caller's own or their ward's (the access rule granted it) when these are thrown.
   */
  static ApiProblem problem(SmsRefusal refusal) {
    return switch (refusal.reason()) {
      case NO_CODE ->
          ApiProblem.conflict(
              "no-code", "No code is waiting to be confirmed. Ask for a code first.");
      case EXPIRED ->
          ApiProblem.smsCodeExpired(
              "The code has expired (codes work for 10 minutes). Ask for a new code.");
      case WRONG_CODE ->
          ApiProblem.smsCodeMismatch(
              "The code is not correct. Tries left: " + refusal.attemptsLeft() + ".",
              refusal.attemptsLeft());
      case TOO_MANY_ATTEMPTS ->
          ApiProblem.rateLimited(
              "too-many-attempts",
              "Too many wrong codes: this code no longer works. Ask for a new code.",
              0);
      case RESEND_TOO_SOON ->
          ApiProblem.rateLimited(
              "resend-too-soon",
              "A code was sent less than a minute ago. Wait "
                  + SmsRules.seconds(refusal.retryAfter())
                  + " seconds before asking for another.",
              SmsRules.seconds(refusal.retryAfter()));
      case HOURLY_LIMIT ->
          ApiProblem.rateLimited(
              "hourly-limit",
              "At most 3 codes can be sent in an hour. Try again in "
                  + SmsRules.seconds(refusal.retryAfter())
                  + " seconds.",
              SmsRules.seconds(refusal.retryAfter()));
      case NOTHING_TO_RESEND ->
          ApiProblem.conflict(
              "nothing-to-resend",
              "No code is waiting that could be sent again. Send the mobile number again.");
      case NOT_ENABLED ->
          ApiProblem.conflict("not-enabled", "SMS notices are off. Confirm a mobile number first.");
    };
  }

  private static String patronId(Context ctx) {
    return RequestParameters.patronId(ctx.pathParam("id")).orElseThrow(ApiProblem::notFound);
  }

  private static JsonNode body(Context ctx, Set<String> fields, String expected) {
    JsonNode body = null;
    try {
      body = JSON.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      // reported below without echoing the input
    }
    if (body == null || !body.isObject()) {
      throw ApiProblem.malformed("The body must be a JSON object with " + expected + ".");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      if (!fields.contains(names.next())) {
        throw ApiProblem.malformed("The body may only have " + expected + ".");
      }
    }
    return body;
  }

  private static String text(JsonNode body, String field, boolean required) {
    JsonNode value = body.get(field);
    if ((value == null || value.isNull()) && !required) {
      return null;
    }
    if (value == null || !value.isTextual()) {
      throw ApiProblem.invalid(
          field,
          value == null || value.isNull() ? "required" : "type",
          "The field '" + field + "'" + (required ? " is required and" : "") + " must be a text.");
    }
    return value.textValue();
  }

  /**
   * @param within the enclosing field's name, or null when the choices are the whole body
   */
  private static SmsChoices choices(JsonNode node, String within) {
    String where = within == null ? "" : " of '" + within + "'";
    if (!node.isObject()) {
      throw ApiProblem.invalid(
          within,
          "type",
          "The field '"
              + within
              + "' must be an object with 'dueDate', 'holdsReady'"
              + " and 'foundItems'.");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      if (!CHOICE_FIELDS.contains(names.next())) {
        throw ApiProblem.malformed(
            "The choices" + where + " may only be 'dueDate', 'holdsReady' and 'foundItems'.");
      }
    }
    return new SmsChoices(
        flag(node, SmsKind.DUE_DATE, within),
        flag(node, SmsKind.HOLDS_READY, within),
        flag(node, SmsKind.FOUND_ITEMS, within));
  }

  private static boolean flag(JsonNode node, SmsKind kind, String within) {
    String where = within == null ? "" : " of '" + within + "'";
    JsonNode value = node.get(kind.field());
    if (value == null || !value.isBoolean()) {
      String field = within == null ? kind.field() : within + "." + kind.field();
      throw ApiProblem.invalid(
          field,
          value == null ? "required" : "type",
          "The field '" + kind.field() + "'" + where + " is required and must be true or false.");
    }
    return value.booleanValue();
  }
}
