package org.privacyportal.backend.ticket;

import java.util.Map;
import java.util.Set;

/**
 * A ticket subject the portal wrote, stored as a code with parameters (migration V16) so that every
 * reader sees it in their language; {@link #english()} is also stored as {@code subject}, for staff
 * tools and older clients. Parameters are codes or ISO values (a category's wire name, a ground, an
 * instant), never words. docs/problems.md, "Ticket messages written by the portal".
 *
 * @param code a stable word, e.g. "details.request" (the frontend's key is "ticket.subject." +
 *     code)
 * @param params the values the subject shows, by name; empty for none
 */
public record TicketSubject(String code, Map<String, String> params, String english) {

  public static final String DETAILS_REQUEST = "details.request";
  public static final String GUARDIAN_LINK_REQUEST = "guardian-link.request";

  /**
   * Params: at (ISO instant of the access), category (wire name), ground, legalInstrument
   * (optional).
   */
  public static final String ACCESS_LOG_QUESTION = "access-log.question";

  private static final Map<String, String> FIXED =
      Map.of(
          DETAILS_REQUEST, "Update my details",
          GUARDIAN_LINK_REQUEST, "Link a child's account");

  public TicketSubject {
    if (!codes().contains(code)) {
      throw new IllegalArgumentException("unknown subject code");
    }
    params = Map.copyOf(params);
  }

  /** A subject without parameters, in its fixed English words. */
  public static TicketSubject of(String code) {
    return new TicketSubject(code, Map.of(), FIXED.get(code));
  }

  /** Every code, for tests that check the frontend and the export translate each. */
  public static Set<String> codes() {
    return Set.of(DETAILS_REQUEST, GUARDIAN_LINK_REQUEST, ACCESS_LOG_QUESTION);
  }

  /** The parameters as stored in {@code subject_params} (a JSON object), or null for none. */
  public String paramsJson() {
    return SystemMessage.toJson(params);
  }

  @Override
  public String toString() {
    return "TicketSubject[" + code + "]";
  }
}
