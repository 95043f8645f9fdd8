package org.privacyportal.backend.library;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The library a deployment serves (docs/product.md section 9): one profile per deployment, chosen
 * at start (PORTAL_LIBRARY_PROFILE). Loaded from the data files under {@code library/profiles/}.
 *
 * @param id short name, e.g. "calcasieu" or "lawrence"
 * @param ageOfMajority a minor's guardian link grants nothing from this birthday on
 * @param timeZone the library's time zone: "today" and birthdays are counted in it
 * @param acceptedInstruments legal instruments the library accepts (others are refused)
 * @param guardianNeedsVerifiedId guardian access only after staff checked identification
 * @param incidentDisclosureAllowed staff may disclose to law enforcement who committed a crime on
 *     the premises
 * @param patronsMayViewFootage whether patrons' own requests to view video footage may be granted
 * @param policyVersion version of the policy text below: the date it takes effect (yyyy-MM-dd); the
 *     version every new consent-ledger entry is recorded under
 * @param policyText the privacy policy by language ("en", "es")
 * @param controller who answers for the patrons' data (consent receipts name it)
 * @param policyVersions every policy version kept, oldest first; the last is the current one
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
    Map<String, String> policyText,
    Controller controller,
    List<PolicyVersion> policyVersions) {

  public LibraryProfile {
    policyVersions = List.copyOf(policyVersions);
    if (policyVersions.isEmpty() || !policyVersions.getLast().version().equals(policyVersion)) {
      throw new IllegalArgumentException(
          "the newest policy version must be the current one, " + policyVersion);
    }
  }

  /** The policy in force now (the newest version). */
  public PolicyVersion currentPolicy() {
    return policyVersions.getLast();
  }

  /**
   * A version kept in the profile, or empty for one not kept (older than the portal's records of
   * it).
   */
  public Optional<PolicyVersion> policy(String version) {
    return policyVersions.stream().filter(v -> v.version().equals(version)).findFirst();
  }

  /**
   * The data controller as a consent receipt names it (Kantara CR v1.1 piiControllers).
   *
   * @param jurisdictionCode ISO 3166-2 code of the law the library follows, e.g. "US-LA"
   * @param contact who to ask about privacy (a role, not a person's name)
   * @param policyUrl where the library publishes its privacy policy
   */
  public record Controller(
      String jurisdictionCode,
      String contact,
      String address,
      String email,
      String phone,
      String url,
      String policyUrl) {}

  /**
   * One version of the privacy policy.
   *
   * @param version the date it takes effect, as yyyy-MM-dd
   * @param summary one line on what changed from the version before, by language
   * @param text the whole text by language; paragraphs separated by a blank line, list items by a
   *     line break
   */
  public record PolicyVersion(
      String version, LocalDate effective, Map<String, String> summary, Map<String, String> text) {

    public PolicyVersion {
      summary = Map.copyOf(summary);
      text = Map.copyOf(text);
    }
  }

  /** Legal instruments as the legal_request table names them. */
  public enum LegalInstrument {
    COURT_ORDER,
    SUBPOENA,
    WARRANT,
    EMERGENCY
  }

  /** How long things are kept before the retention jobs purge them. */
  public record Retention(
      Period expiredAuthorizations, Period closedTickets, Period foundItems, Period accessLog) {}
}
