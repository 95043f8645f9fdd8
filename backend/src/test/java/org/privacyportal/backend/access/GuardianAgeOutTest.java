package org.privacyportal.backend.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfiles;
import org.privacyportal.backend.support.SettableClock;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * A guardian link ends by itself on the birthday of majority, at midnight in the library's time
 * zone: nothing runs, the backend just asks the clock. A fixed clock walks across that midnight.
 */
class GuardianAgeOutTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"calcasieu", "lawrence"})
  void theLinkGrantsUntil235959AndNothingFromMidnightOfTheBirthday(String profileId)
      throws Exception {
    LibraryProfile profile = LibraryProfiles.load(profileId);
    ZoneId zone = profile.timeZone();
    LocalDate majority = LocalDate.of(2027, 3, 15);
    TestData data = new TestData(TestBackend.get().dataSource());
    Patron guardian = data.patron("Gwen", majority.minusYears(44), true);
    Patron minor = data.patron("Mo", majority.minusYears(profile.ageOfMajority()), true);
    data.guardianLink(guardian, minor, true);
    data.loan(minor, Instant.parse("2027-03-01T15:00:00Z"), majority.plusDays(10), null);

    Instant lastSecond = majority.minusDays(1).atTime(23, 59, 59).atZone(zone).toInstant();
    Instant midnight = majority.atStartOfDay(zone).toInstant();
    SettableClock clock = new SettableClock(lastSecond);
    try (TestBackend backend =
        TestBackend.start(profileId, clock, new HmacAccessLog(TestBackend.ACCESS_LOG_KEY))) {
      String asGuardian = backend.tokens().accessToken(guardian.subject(), "patron");
      String loans = "/api/v1/patrons/" + minor.id() + "/loans";
      HttpResponse<String> nobody =
          backend.get("/api/v1/patrons/" + TestData.newId() + "/loans", asGuardian);

      assertThat(backend.get(loans, asGuardian).statusCode())
          .as("23:59:59 the day before")
          .isEqualTo(200);
      assertThat(accounts(backend, asGuardian)).containsExactly(guardian.id(), minor.id());

      clock.set(midnight.minusNanos(1_000));
      assertThat(backend.get(loans, asGuardian).statusCode())
          .as("the last microsecond before")
          .isEqualTo(200);

      clock.set(midnight);
      HttpResponse<String> atMidnight = backend.get(loans, asGuardian);
      assertThat(atMidnight.statusCode()).as("00:00:00 on the birthday").isEqualTo(404);
      assertThat(atMidnight.body()).isEqualTo(nobody.body());
      assertThat(backend.get("/api/v1/patrons/" + minor.id() + "/summary", asGuardian).statusCode())
          .isEqualTo(404);
      assertThat(accounts(backend, asGuardian))
          .as("the switcher drops the new adult")
          .containsExactly(guardian.id());
      assertThat(
              backend
                  .get(loans, backend.tokens().accessToken(minor.subject(), "patron"))
                  .statusCode())
          .as("the new adult still sees their own records")
          .isEqualTo(200);

      // Midnight in UTC comes hours before midnight in the library: the library's date is what
      // counts.
      clock.set(majority.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60));
      assertThat(majority.atStartOfDay(ZoneOffset.UTC).toInstant()).isBefore(midnight);
      assertThat(backend.get(loans, asGuardian).statusCode())
          .as("after UTC midnight, before library midnight")
          .isEqualTo(200);
    }
  }

  private static List<String> accounts(TestBackend backend, String token) throws Exception {
    JsonNode body = JSON.readTree(backend.get("/api/v1/me/accounts", token).body());
    List<String> ids = new ArrayList<>();
    body.get("accounts").forEach(a -> ids.add(a.get("patronId").asText()));
    return ids;
  }
}
