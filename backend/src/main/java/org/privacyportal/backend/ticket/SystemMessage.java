package org.privacyportal.backend.ticket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A message the portal writes into a ticket's thread, stored as a code with parameters (migration
 * V15) so that every reader sees it in their language; {@link #english()} is also stored as the
 * body, for staff tools and older clients. Words people wrote (a staff member's reason) are a
 * parameter, shown as written. docs/problems.md, "Ticket messages written by the portal".
 *
 * @param code a stable word, e.g. "guardian-link.approved" (the frontend's key is "ticket.message."
 *     + code)
 * @param params the values the message shows, by name (e.g. "reason"); empty for none
 */
public record SystemMessage(String code, Map<String, String> params) {

  public static final String GUARDIAN_LINK_APPROVED = "guardian-link.approved";
  public static final String GUARDIAN_LINK_REJECTED = "guardian-link.rejected";
  public static final String DETAILS_APPROVED = "details.approved";
  public static final String DETAILS_REJECTED = "details.rejected";
  public static final String DETAILS_WITHDRAWN = "details.withdrawn";
  public static final String QUESTION_WITHOUT_MESSAGE = "access-log.question-without-message";

  /**
   * A detail-change request's first message; params: fields (EMAIL, PHONE, ADDRESS,
   * comma-separated).
   */
  public static final String DETAILS_REQUESTED = "details.requested";

  /**
   * A guardian-link request's first message; params: minorName, minorBirthDate (ISO),
   * minorCardNumber (absent when not given), relationship (PARENT, LEGAL_GUARDIAN, OTHER), as the
   * patron typed them.
   */
  public static final String GUARDIAN_LINK_REQUESTED = "guardian-link.requested";

  /** As {@link #GUARDIAN_LINK_REQUESTED}, with the patron's message (param message, as written). */
  public static final String GUARDIAN_LINK_REQUESTED_WITH_MESSAGE =
      "guardian-link.requested-with-message";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.regex.Pattern PLACEHOLDER =
      java.util.regex.Pattern.compile("\\{([A-Za-z]+)}");

  private static final String LINK_REQUEST =
      "Child's name: {minorName}\nChild's birth date: {minorBirthDate}\n"
          + "Child's card number: {minorCardNumber}\nRelationship: {relationship}";

  /** The English text of each code ({reason}: the parameter; one absent shows as "(not given)"). */
  private static final Map<String, String> ENGLISH =
      Map.of(
          GUARDIAN_LINK_APPROVED,
              "Approved: we checked your identification at the desk. The child's account now"
                  + " appears in your account switcher until the child comes of age.",
          GUARDIAN_LINK_REJECTED, "Not approved: {reason}",
          DETAILS_APPROVED, "Approved: your details have been updated.",
          DETAILS_REJECTED, "Not approved: {reason}",
          DETAILS_WITHDRAWN, "Withdrawn: this request is no longer needed.",
          QUESTION_WITHOUT_MESSAGE,
              "The patron asks about this access to their records (no message).",
          DETAILS_REQUESTED,
              "Please change my {fields}. The new values are in the change request, waiting for staff"
                  + " approval.",
          GUARDIAN_LINK_REQUESTED, LINK_REQUEST,
          GUARDIAN_LINK_REQUESTED_WITH_MESSAGE, LINK_REQUEST + "\nMessage: {message}");

  /** The detail fields' English words, as the request's first message names them. */
  private static final Map<String, String> FIELDS =
      Map.of("EMAIL", "e-mail address", "PHONE", "phone number", "ADDRESS", "postal address");

  public SystemMessage {
    if (!ENGLISH.containsKey(code)) {
      throw new IllegalArgumentException("unknown message code");
    }
    params = Map.copyOf(params);
  }

  public static SystemMessage of(String code) {
    return new SystemMessage(code, Map.of());
  }

  /** A decision with the reason staff wrote. */
  public static SystemMessage withReason(String code, String reason) {
    return new SystemMessage(code, Map.of("reason", Objects.requireNonNull(reason)));
  }

  /** Every code, for tests that check the frontend translates each. */
  public static java.util.Set<String> codes() {
    return ENGLISH.keySet();
  }

  /** The message in English, as stored in {@code body}. */
  public String english() {
    // one pass over the template: a value the patron typed is never read as a placeholder
    return PLACEHOLDER
        .matcher(ENGLISH.get(code))
        .replaceAll(
            match ->
                java.util.regex.Matcher.quoteReplacement(
                    englishValue(match.group(1), params.get(match.group(1)))));
  }

  private static String englishValue(String name, String value) {
    if (value == null) {
      return "(not given)";
    }
    return name.equals("fields")
        ? java.util.Arrays.stream(value.split(","))
            .map(field -> FIELDS.getOrDefault(field, field))
            .collect(java.util.stream.Collectors.joining(", "))
        : value;
  }

  /** The parameters as stored in {@code message_params} (a JSON object), or null for none. */
  public String paramsJson() {
    return toJson(params);
  }

  static String toJson(Map<String, String> params) {
    if (params.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(new LinkedHashMap<>(params));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serialises", e);
    }
  }

  /** The parameters read back from {@code message_params}; empty for null. */
  static Map<String, String> paramsFrom(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try {
      Map<String, String> params = new LinkedHashMap<>();
      JSON.readTree(json).properties().forEach(p -> params.put(p.getKey(), p.getValue().asText()));
      return params;
    } catch (JsonProcessingException e) {
      return Map.of(); // the column's CHECK keeps it valid JSON
    }
  }

  @Override
  public String toString() {
    return "SystemMessage[" + code + "]"; // a reason may name a person
  }
}
