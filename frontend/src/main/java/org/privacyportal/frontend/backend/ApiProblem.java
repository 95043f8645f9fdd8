package org.privacyportal.frontend.backend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The machine-readable part of a backend problem answer (docs/problems.md): its kind (the last part
 * of the {@code type} URI, e.g. "validation"), {@code code}, and the members views use. Views
 * choose their translated words from these, never from the English {@code detail}, which is not
 * even read (never logged either: it names fields of personal data).
 *
 * @param type the type's slug, e.g. {@link #VALIDATION}; empty when the body was no problem of ours
 * @param code the stable word refining the type, or null
 * @param errors for "validation": field name to code (e.g. "address.postalCode" to "format"); else
 *     empty
 * @param triesLeft for "sms-code-mismatch": tries left, or null
 * @param retryAfter for "rate-limited" and "unavailable": seconds to wait, or null
 */
public record ApiProblem(
    String type, String code, Map<String, String> errors, Integer triesLeft, Long retryAfter) {

  /** The start of every type URI the backend sends (backend {@code http.ProblemType.BASE}). */
  public static final String TYPE_BASE = "tag:privacyportal.org,2026:problems/";

  public static final String MALFORMED_REQUEST = "malformed-request";
  public static final String VALIDATION = "validation";
  public static final String CONFLICT = "conflict";
  public static final String CONFIRMATION_REQUIRED = "confirmation-required";
  public static final String SMS_CODE_EXPIRED = "sms-code-expired";
  public static final String SMS_CODE_MISMATCH = "sms-code-mismatch";
  public static final String RATE_LIMITED = "rate-limited";
  public static final String UNAVAILABLE = "unavailable";

  /** No problem body (or not one of ours). */
  public static final ApiProblem NONE = new ApiProblem("", null, Map.of(), null, null);

  private static final ObjectMapper JSON = new ObjectMapper();

  public ApiProblem {
    type = type == null ? "" : type;
    errors = errors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  /** A problem of this type, optionally with a code (for tests and callers that build answers). */
  public static ApiProblem of(String type, String code) {
    return new ApiProblem(type, code, Map.of(), null, null);
  }

  public boolean is(String kind) {
    return type.equals(kind);
  }

  /** True when the problem is of {@code kind} with {@code expectedCode}. */
  public boolean is(String kind, String expectedCode) {
    return is(kind) && expectedCode.equals(code);
  }

  /** Reads a problem body; {@link #NONE} when it is empty or not a problem of ours. */
  public static ApiProblem read(String body) {
    if (body == null || body.isBlank()) {
      return NONE;
    }
    try {
      JsonNode root = JSON.readTree(body);
      String type = text(root.get("type"));
      if (type == null || !type.startsWith(TYPE_BASE)) {
        return NONE;
      }
      Map<String, String> errors = new LinkedHashMap<>();
      JsonNode fields = root.get("errors");
      if (fields != null && fields.isObject()) {
        fields
            .properties()
            .forEach(
                field -> {
                  if (field.getValue().isString()) {
                    errors.put(field.getKey(), field.getValue().asString());
                  }
                });
      }
      JsonNode tries = root.get("triesLeft");
      JsonNode retry = root.get("retryAfter");
      return new ApiProblem(
          type.substring(TYPE_BASE.length()),
          text(root.get("code")),
          errors,
          tries != null && tries.isIntegralNumber() ? tries.asInt() : null,
          retry != null && retry.isIntegralNumber() ? retry.asLong() : null);
    } catch (RuntimeException e) { // Jackson 3 throws unchecked exceptions
      return NONE;
    }
  }

  private static String text(JsonNode node) {
    return node == null || !node.isString() ? null : node.asString();
  }
}
