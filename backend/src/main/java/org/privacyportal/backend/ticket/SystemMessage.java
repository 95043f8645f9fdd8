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
 * @param code   a stable word, e.g. "guardian-link.approved" (the frontend's key is "ticket.message." + code)
 * @param params the values the message shows, by name (e.g. "reason"); empty for none
 */
public record SystemMessage(String code, Map<String, String> params) {

  public static final String GUARDIAN_LINK_APPROVED = "guardian-link.approved";
  public static final String GUARDIAN_LINK_REJECTED = "guardian-link.rejected";
  public static final String DETAILS_APPROVED = "details.approved";
  public static final String DETAILS_REJECTED = "details.rejected";
  public static final String DETAILS_WITHDRAWN = "details.withdrawn";
  public static final String QUESTION_WITHOUT_MESSAGE = "access-log.question-without-message";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The English text of each code ({reason}: the parameter). */
  private static final Map<String, String> ENGLISH = Map.of(
      GUARDIAN_LINK_APPROVED, "Approved: we checked your identification at the desk. The child's account now"
          + " appears in your account switcher until the child comes of age.",
      GUARDIAN_LINK_REJECTED, "Not approved: {reason}",
      DETAILS_APPROVED, "Approved: your details have been updated.",
      DETAILS_REJECTED, "Not approved: {reason}",
      DETAILS_WITHDRAWN, "Withdrawn: this request is no longer needed.",
      QUESTION_WITHOUT_MESSAGE, "The patron asks about this access to their records (no message).");

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
    String text = ENGLISH.get(code);
    for (Map.Entry<String, String> param : params.entrySet()) {
      text = text.replace("{" + param.getKey() + "}", param.getValue());
    }
    return text;
  }

  /** The parameters as stored in {@code message_params} (a JSON object), or null for none. */
  public String paramsJson() {
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
