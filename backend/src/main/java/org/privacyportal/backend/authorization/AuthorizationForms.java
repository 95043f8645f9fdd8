package org.privacyportal.backend.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.http.Language;
import org.privacyportal.backend.vocabulary.Category;

/**
 * Reads the body of a preview or a signature strictly: a JSON object with only the form's fields,
 * each of its type and within its limits. Every problem is a 400 naming the field with a code from
 * docs/problems.md, never echoing the value. The period's rules need today's date and are the
 * service's ({@link Authorizations}).
 */
final class AuthorizationForms {

  static final int MIN_NAME = 2;
  static final int MAX_NAME = 200;
  static final int MIN_PURPOSE = 3;
  static final int MAX_PURPOSE = 500;

  static final List<String> FORM_FIELDS =
      List.of(
          "granteeName",
          "granteeCardNumber",
          "categories",
          "includeReadingHistory",
          "purpose",
          "validFrom",
          "validUntil",
          "language");

  static final List<String> SIGNATURE_FIELDS =
      Stream.concat(FORM_FIELDS.stream(), Stream.of("textHash", "typedName", "statementAccepted"))
          .toList();

  private static final ObjectMapper JSON = Json.mapper();

  /** Library card numbers: letters and digits; nothing else can name a card. */
  private static final Pattern CARD = Pattern.compile("[0-9A-Za-z]{4,32}");

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  /** Control characters (C0, DEL, C1) and the line and paragraph separators. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

  private AuthorizationForms() {}

  static AuthorizationForm form(Context ctx) {
    return form(body(ctx, FORM_FIELDS));
  }

  /** The form of a signature and the signature itself. */
  record Signed(AuthorizationForm form, AuthorizationForm.Signature signature) {}

  static Signed signed(Context ctx) {
    JsonNode body = body(ctx, SIGNATURE_FIELDS);
    AuthorizationForm form = form(body);
    String hash = text(body, "textHash", 64, 64);
    if (!HASH.matcher(hash).matches()) {
      throw ApiProblem.invalid(
          "textHash", "format", "The field 'textHash' must be the preview's 64 hex digits.");
    }
    String typedName = text(body, "typedName", MIN_NAME, MAX_NAME);
    JsonNode accepted = body.get("statementAccepted");
    if (accepted == null || accepted.isNull()) {
      throw ApiProblem.invalid(
          "statementAccepted", "required", "The field 'statementAccepted' must be true.");
    }
    if (!accepted.isBoolean()) {
      throw ApiProblem.invalid(
          "statementAccepted", "type", "The field 'statementAccepted' must be true or false.");
    }
    if (!accepted.booleanValue()) {
      throw ApiProblem.invalid(
          "statementAccepted",
          "required",
          "The statement must be accepted (statementAccepted: true) to sign.");
    }
    return new Signed(form, new AuthorizationForm.Signature(hash, typedName));
  }

  private static AuthorizationForm form(JsonNode body) {
    String granteeName = text(body, "granteeName", MIN_NAME, MAX_NAME);
    String card = optionalText(body, "granteeCardNumber", 32);
    if (card != null && !CARD.matcher(card).matches()) {
      throw ApiProblem.invalid(
          "granteeCardNumber",
          "format",
          "The field 'granteeCardNumber' must be 4 to 32 letters or digits.");
    }
    List<Category> categories = categories(body, readingHistory(body));
    String purpose = text(body, "purpose", MIN_PURPOSE, MAX_PURPOSE);
    LocalDate from = date(body, "validFrom");
    LocalDate until = date(body, "validUntil");
    Language language = Language.fromField(body.get("language"), "language");
    return new AuthorizationForm(granteeName, card, categories, purpose, from, until, language);
  }

  private static JsonNode body(Context ctx, List<String> allowed) {
    JsonNode body = null;
    try {
      body = JSON.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      // reported below without echoing the input
    }
    String fields = "'" + String.join("', '", allowed) + "'";
    if (body == null || !body.isObject()) {
      throw ApiProblem.malformed("The body must be a JSON object with the fields " + fields + ".");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      if (!allowed.contains(names.next())) {
        throw ApiProblem.malformed("The body may only have the fields " + fields + ".");
      }
    }
    return body;
  }

  private static boolean readingHistory(JsonNode body) {
    JsonNode value = body.get("includeReadingHistory");
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw ApiProblem.invalid(
          "includeReadingHistory",
          "type",
          "The field 'includeReadingHistory' must be true or false.");
    }
    return value.booleanValue();
  }

  /**
   * The categories named, sorted: at least one, each known, none twice, never {@code loan_history}
   * (reading history is its own tick, {@code includeReadingHistory}).
   */
  private static List<Category> categories(JsonNode body, boolean readingHistory) {
    JsonNode value = body.get("categories");
    if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
      throw ApiProblem.invalid(
          "categories", "required", "The field 'categories' must name at least one category.");
    }
    if (!value.isArray()) {
      throw ApiProblem.invalid(
          "categories", "type", "The field 'categories' must be a list of category names.");
    }
    Set<Category> chosen = EnumSet.noneOf(Category.class);
    for (JsonNode item : value) {
      Optional<Category> category =
          item.isTextual() ? Category.fromWireName(item.textValue()) : Optional.empty();
      if (category.isEmpty() || category.get() == Category.LOAN_HISTORY) {
        throw ApiProblem.invalid(
            "categories",
            "not-allowed",
            "The field 'categories' may only name categories of records (reading history is"
                + " chosen with 'includeReadingHistory').");
      }
      if (!chosen.add(category.get())) {
        throw ApiProblem.invalid(
            "categories", "duplicate", "The field 'categories' names a category twice.");
      }
    }
    if (readingHistory) {
      chosen.add(Category.LOAN_HISTORY);
    }
    return List.copyOf(chosen);
  }

  private static String text(JsonNode body, String field, int min, int max) {
    String text = optionalText(body, field, max);
    if (text == null) {
      throw ApiProblem.invalid(field, "required", "The field '" + field + "' is required.");
    }
    if (text.codePointCount(0, text.length()) < min) {
      throw ApiProblem.invalid(
          field, "too-short", "The field '" + field + "' must be at least " + min + " characters.");
    }
    return text;
  }

  /** The stripped text, or null when absent, null or blank. */
  private static String optionalText(JsonNode body, String field, int max) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiProblem.invalid(field, "type", "The field '" + field + "' must be a string.");
    }
    String text = value.textValue().strip();
    if (CONTROL.matcher(text).find()) {
      throw ApiProblem.invalid(
          field,
          "control-characters",
          "The field '" + field + "' must not hold control characters or line breaks.");
    }
    if (text.codePointCount(0, text.length()) > max) {
      throw ApiProblem.invalid(
          field, "too-long", "The field '" + field + "' must be at most " + max + " characters.");
    }
    return text.isEmpty() ? null : text;
  }

  private static LocalDate date(JsonNode body, String field) {
    String text = optionalText(body, field, 40); // a longer value is a wrong format, not too long
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw ApiProblem.invalid(
        field, "format", "The field '" + field + "' must be a date, YYYY-MM-DD.");
  }
}
