package org.privacyportal.backend.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;
import org.privacyportal.backend.vocabulary.Category;

/**
 * The people of the authorization matrix, one for every situation of the access rule, with records
 * in every category. Built fresh (random ids and subjects) by each test class that uses it.
 */
final class AccessWorld {

  final Patron adult;
  final Patron minor;
  final Patron guardian;
  final Patron unverifiedGuardian;
  final Patron otherMinor;
  final Patron otherGuardian;
  final Patron cameOfAge;
  final Patron formerGuardian;
  final Patron otherPatron;
  final Patron grantee;
  final String guardianLinkId;
  final String unverifiedLinkId;
  final String validAuthorizationId;

  /**
   * LOST_ITEM tickets: in progress and assigned to the staff member; resolved; a colleague's;
   * nobody's.
   */
  final String openTicketId;

  final String resolvedTicketId;
  final String colleagueTicketId;
  final String unassignedTicketId;

  /**
   * An open PRIVACY_QUESTION assigned to the staff member (opens the access log and tickets only).
   */
  final String privacyTicketId;

  /** An UPDATE_DETAILS ticket nobody has taken: the staff desk's queue (opens the profile only). */
  final String queueTicketId;

  /** A CLOSE_ACCOUNT ticket assigned to the director. */
  final String directorTicketId;

  /** An open LOST_ITEM ticket assigned to a staff subject the staff directory does not know. */
  final String unknownStaffTicketId;

  final String colleagueLookupId;
  final String courtOrderId;
  final String subpoenaId;
  final String unapprovedOrderId;
  final String staffSubject = TestData.newId();
  final String colleagueSubject = TestData.newId();
  final String directorSubject = TestData.newId();

  /** Never used a staff token of their own: not in the staff directory. */
  final String unknownStaffSubject = TestData.newId();

  /** Ids of each patron's rows by category: an answer may only ever hold its target's. */
  final Map<String, Map<Category, List<String>>> rows = new HashMap<>();

  AccessWorld(TestData data, long seed) {
    Random random = new Random(seed);
    LocalDate today = LocalDate.now();
    Instant now = Instant.now();
    adult = data.patron("Ada", today.minusYears(34).minusDays(20), true);
    minor = data.patron("Max", today.minusYears(15).minusDays(100), true);
    guardian = data.patron("Gus", today.minusYears(45), true);
    unverifiedGuardian = data.patron("Una", today.minusYears(41), true);
    otherMinor = data.patron("Oli", today.minusYears(10), false);
    otherGuardian = data.patron("Hal", today.minusYears(39), true);
    // Turned 18 last month: the guardian link is still ACTIVE on file, and grants nothing.
    cameOfAge = data.patron("Cam", today.minusYears(18).minusDays(30), true);
    formerGuardian = data.patron("Fay", today.minusYears(47), true);
    otherPatron = data.patron("Ott", today.minusYears(50), true);
    grantee = data.patron("Tia", today.minusYears(40), true);
    for (Patron p : List.of(adult, minor, cameOfAge)) {
      Map<Category, List<String>> ids = new EnumMap<>(Category.class);
      data.everyCategory(p, random).forEach((c, list) -> ids.put(c, new ArrayList<>(list)));
      rows.put(p.id(), ids);
    }
    guardianLinkId = data.guardianLink(guardian, minor, true);
    unverifiedLinkId = data.guardianLink(unverifiedGuardian, minor, false);
    data.guardianLink(otherGuardian, otherMinor, true);
    data.guardianLink(formerGuardian, cameOfAge, true);

    validAuthorizationId =
        data.authorization(
            adult,
            grantee,
            "SELF",
            now.minus(1, ChronoUnit.DAYS),
            now.plus(29, ChronoUnit.DAYS),
            null,
            Category.LOANS,
            Category.HOLDS,
            Category.LOAN_HISTORY);
    String revoked =
        data.authorization(
            adult,
            grantee,
            "SELF",
            now.minus(5, ChronoUnit.DAYS),
            now.plus(25, ChronoUnit.DAYS),
            now.minus(1, ChronoUnit.HOURS),
            Category.FINES);
    String expired =
        data.authorization(
            adult,
            grantee,
            "SELF",
            now.minus(60, ChronoUnit.DAYS),
            now.minus(30, ChronoUnit.DAYS),
            null,
            Category.EVENTS);
    rows.get(adult.id())
        .get(Category.AUTHORIZATIONS)
        .addAll(List.of(validAuthorizationId, revoked, expired));

    data.staffMember(staffSubject, "Matrix Staff");
    data.staffMember(colleagueSubject, "Matrix Colleague");
    openTicketId = data.ticket(adult, "LOST_ITEM", "IN_PROGRESS", staffSubject);
    resolvedTicketId = data.ticket(adult, "LOST_ITEM", "RESOLVED", staffSubject);
    colleagueTicketId = data.ticket(adult, "LOST_ITEM", "IN_PROGRESS", colleagueSubject);
    unassignedTicketId = data.ticket(adult, "LOST_ITEM", "OPEN", null);
    privacyTicketId = data.ticket(adult, "PRIVACY_QUESTION", "OPEN", staffSubject);
    queueTicketId = data.ticket(adult, "UPDATE_DETAILS", "OPEN", null);
    directorTicketId = data.ticket(adult, "CLOSE_ACCOUNT", "IN_PROGRESS", directorSubject);
    unknownStaffTicketId = data.ticket(adult, "LOST_ITEM", "OPEN", unknownStaffSubject);
    rows.get(adult.id())
        .get(Category.TICKETS)
        .addAll(
            List.of(
                openTicketId,
                resolvedTicketId,
                colleagueTicketId,
                unassignedTicketId,
                privacyTicketId,
                queueTicketId,
                directorTicketId,
                unknownStaffTicketId));
    colleagueLookupId =
        data.deskLookup(
            colleagueSubject,
            adult,
            "ACCOUNT_QUESTION",
            now.minus(1, ChronoUnit.MINUTES),
            now.plus(29, ChronoUnit.MINUTES));
    courtOrderId =
        data.legalRequest(
            "LEGAL_PROCESS",
            "COURT_ORDER",
            "APPROVED",
            null,
            null,
            null,
            List.of(adult),
            Category.PROFILE,
            Category.LOANS,
            Category.LOAN_HISTORY);
    subpoenaId =
        data.legalRequest(
            "LEGAL_PROCESS",
            "SUBPOENA",
            "APPROVED",
            null,
            null,
            null,
            List.of(adult),
            Category.LOANS,
            Category.LOAN_HISTORY,
            Category.FINES);
    unapprovedOrderId =
        data.legalRequest(
            "LEGAL_PROCESS",
            "COURT_ORDER",
            "RECEIVED",
            null,
            null,
            null,
            List.of(adult),
            Category.values());
  }
}
