package org.privacyportal.backend.authorization;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.privacyportal.backend.library.LibraryProfile;

/**
 * Where a written authorization stands at an instant, as the owner's page and the `authorizations`
 * category show it, the same way the access rule decides (AccessPolicy): revoked, ended with the
 * minority (one a guardian signed, from the birthday of majority), expired, not yet in force, or in
 * force.
 *
 * @param status SCHEDULED, ACTIVE, EXPIRED, REVOKED or ENDED_AT_MAJORITY
 * @param endsAtMajority the birthday of majority, for one a guardian signed whose period reaches
 *     it; else null
 */
public record AuthorizationStatus(String status, LocalDate endsAtMajority) {

  /**
   * @param validUntil the first instant it no longer counts
   * @param birthDate the patron's birth date (only read for one a guardian signed)
   */
  public static AuthorizationStatus of(
      String signedByRole,
      Instant validFrom,
      Instant validUntil,
      Instant revokedAt,
      LocalDate birthDate,
      LibraryProfile profile,
      Instant now) {
    ZoneId zone = profile.timeZone();
    LocalDate endsAtMajority = null;
    if ("GUARDIAN".equals(signedByRole) && birthDate != null) {
      LocalDate majority = birthDate.plusYears(profile.ageOfMajority());
      if (!majority.isAfter(lastDay(validUntil, zone))) {
        endsAtMajority = majority;
      }
    }
    LocalDate today = LocalDate.ofInstant(now, zone);
    String status;
    if (revokedAt != null) {
      status = "REVOKED";
    } else if (endsAtMajority != null && !today.isBefore(endsAtMajority)) {
      status = "ENDED_AT_MAJORITY";
    } else if (!now.isBefore(validUntil)) {
      status = "EXPIRED";
    } else {
      status = now.isBefore(validFrom) ? "SCHEDULED" : "ACTIVE";
    }
    return new AuthorizationStatus(status, endsAtMajority);
  }

  /** The last day it counts: the day before the first instant it no longer does. */
  static LocalDate lastDay(Instant validUntil, ZoneId zone) {
    return LocalDate.ofInstant(validUntil.minusNanos(1000), zone);
  }
}
