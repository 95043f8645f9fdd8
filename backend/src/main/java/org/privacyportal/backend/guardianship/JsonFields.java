package org.privacyportal.backend.guardianship;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;

/**
 * A request body read strictly: a JSON object with only the named fields, each a string or absent.
 * Problems name the field, never echo its value.
 */
final class JsonFields {

  private static final ObjectMapper JSON = Json.mapper();

  private final JsonNode body;

  private JsonFields(JsonNode body) {
    this.body = body;
  }

  /** The body, if it is an object with no other fields than {@code allowed}; 400 otherwise. */
  static JsonFields read(Context ctx, List<String> allowed) {
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
    return new JsonFields(body);
  }

  /**
   * The stripped text, or null when the field is absent, null or blank; 400 when it is not a
   * string.
   */
  String optional(String field, int maxLength) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiProblem.invalid(field, "type", "The field '" + field + "' must be a string.");
    }
    String text = value.asText().strip();
    if (text.codePointCount(0, text.length()) > maxLength) {
      throw ApiProblem.invalid(
          field,
          "too-long",
          "The field '" + field + "' must be at most " + maxLength + " characters.");
    }
    return text.isEmpty() ? null : text;
  }

  /** The stripped text; 400 naming the field when it is missing or blank. */
  String required(String field, int maxLength) {
    String text = optional(field, maxLength);
    if (text == null) {
      throw ApiProblem.invalid(field, "required", "The field '" + field + "' is required.");
    }
    return text;
  }
}
