package org.privacyportal.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfiles;

/** The date rules of the access rule, without a database (the HTTP tests cover the rest). */
class AccessPolicyTest {

  private final LibraryProfile calcasieu = LibraryProfiles.load("calcasieu");
  private final LibraryProfile lawrence = LibraryProfiles.load("lawrence");

  @Test
  void aMinorUntilTheDayBeforeTheBirthdayOfMajority() {
    AccessPolicy policy = new AccessPolicy(calcasieu, Clock.systemUTC());
    LocalDate born = LocalDate.of(2009, 5, 20);

    assertThat(policy.isMinor(born, LocalDate.of(2027, 5, 19))).isTrue();
    assertThat(policy.isMinor(born, LocalDate.of(2027, 5, 20))).isFalse();
  }

  @Test
  void bornOnTheTwentyNinthOfFebruaryComesOfAgeOnTheTwentyEighthInACommonYear() {
    AccessPolicy policy = new AccessPolicy(calcasieu, Clock.systemUTC());
    LocalDate born = LocalDate.of(2008, 2, 29);

    assertThat(policy.isMinor(born, LocalDate.of(2026, 2, 27))).isTrue();
    assertThat(policy.isMinor(born, LocalDate.of(2026, 2, 28))).isFalse();
  }

  @Test
  void todayIsTheLibrarysDateNotUtcs() {
    Instant lateEveningInLouisiana = Instant.parse("2026-03-01T03:00:00Z");
    AccessPolicy policy =
        new AccessPolicy(calcasieu, Clock.fixed(lateEveningInLouisiana, ZoneOffset.UTC));

    assertThat(policy.today()).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void whetherAnUnverifiedLinkGrantsIsTheProfilesChoice() {
    LocalDate minor = LocalDate.now().minusYears(10);
    LocalDate today = LocalDate.now();

    assertThat(
            new AccessPolicy(calcasieu, Clock.systemUTC()).guardianLinkGrants(false, minor, today))
        .isEqualTo(!calcasieu.guardianNeedsVerifiedId());
    assertThat(
            new AccessPolicy(lawrence, Clock.systemUTC()).guardianLinkGrants(false, minor, today))
        .isEqualTo(!lawrence.guardianNeedsVerifiedId());
    assertThat(new AccessPolicy(lawrence, Clock.systemUTC()).guardianLinkGrants(true, minor, today))
        .isTrue();
    assertThat(
            new AccessPolicy(lawrence, Clock.systemUTC())
                .guardianLinkGrants(true, today.minusYears(18), today))
        .isFalse();
  }
}
