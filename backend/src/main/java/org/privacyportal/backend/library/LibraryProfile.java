package org.privacyportal.backend.library;

import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The library a deployment serves (product.md section 9): one profile per deployment, chosen at
 * start (PORTAL_LIBRARY_PROFILE). Loaded from the data files under {@code library/profiles/}.
 *
 * @param id                         short name, e.g. "calcasieu" or "lawrence"
 * @param ageOfMajority              a minor's guardian link grants nothing from this birthday on
 * @param timeZone                   the library's time zone: "today" and birthdays are counted in it
 * @param acceptedInstruments        legal instruments the library accepts (others are refused)
 * @param guardianNeedsVerifiedId    guardian access only after staff checked identification
 * @param incidentDisclosureAllowed  staff may disclose to law enforcement who committed a crime on the premises
 * @param patronsMayViewFootage      whether patrons' own requests to view video footage may be granted
 * @param policyVersion              version of the policy text below
 * @param policyText                 the privacy policy by language ("en", "es")
 */
public record LibraryProfile(
    String id,
    String name,
    String jurisdiction,
    String statute,
    int ageOfMajority,
    ZoneId timeZone,
    Set<LegalInstrument> acceptedInstruments,
    boolean guardianNeedsVerifiedId,
    boolean incidentDisclosureAllowed,
    boolean patronsMayViewFootage,
    Retention retention,
    String policyVersion,
    Map<String, String> policyText) {

  /** Legal instruments as the legal_request table names them. */
  public enum LegalInstrument { COURT_ORDER, SUBPOENA, WARRANT, EMERGENCY }

  /** How long things are kept before the retention jobs purge them. */
  public record Retention(Period expiredAuthorizations, Period closedTickets, Period foundItems, Period accessLog) {
  }
}
