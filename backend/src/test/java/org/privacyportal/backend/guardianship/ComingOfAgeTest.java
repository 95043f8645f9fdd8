package org.privacyportal.backend.guardianship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.audit.HmacAccessLog;
import org.privacyportal.backend.support.SettableClock;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/**
 * docs/product.md section 5: at the birthday of majority the guardian's switcher drops the account,
 * the link grants nothing, and the new adult's access log shows what the guardian looked at before.
 */
class ComingOfAgeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSwitcherDropsTheNewAdultWhoseAccessLogShowsTheGuardiansPastAccesses() throws Exception {
    LocalDate majority = LocalDate.of(2028, 6, 10);
    TestData data = new TestData(TestBackend.get().dataSource());
    Patron guardian = data.patron("Hana", majority.minusYears(47), true);
    Patron minor = data.patron("Kai", majority.minusYears(18), true);
    data.guardianLink(guardian, minor, true);
    SettableClock clock = new SettableClock(Instant.parse("2028-06-01T15:00:00Z"));
    try (TestBackend backend =
        TestBackend.start("calcasieu", clock, new HmacAccessLog(TestBackend.ACCESS_LOG_KEY))) {
      String asGuardian = backend.tokens().accessToken(guardian.subject(), "patron");
      String asMinor = backend.tokens().accessToken(minor.subject(), "patron");

      assertThat(accounts(backend, asGuardian))
          .containsExactly("SELF " + guardian.id(), "GUARDIAN " + minor.id());
      assertThat(backend.get("/api/v1/patrons/" + minor.id() + "/profile", asGuardian).statusCode())
          .isEqualTo(200);
      assertThat(backend.get("/api/v1/patrons/" + minor.id() + "/loans", asGuardian).statusCode())
          .isEqualTo(200);

      clock.set(Instant.parse("2028-06-12T15:00:00Z"));
      assertThat(accounts(backend, asGuardian)).containsExactly("SELF " + guardian.id());
      assertThat(backend.get("/api/v1/patrons/" + minor.id() + "/profile", asGuardian).statusCode())
          .isEqualTo(404);

      JsonNode log =
          JSON.readTree(
              backend.get("/api/v1/patrons/" + minor.id() + "/access_log", asMinor).body());
      List<String> seen = new ArrayList<>();
      log.get("items")
          .forEach(
              e ->
                  seen.add(
                      e.get("category").asText()
                          + " "
                          + e.get("ground").asText()
                          + " "
                          + e.get("actorName").asText()));
      String name = guardian.firstName() + " " + guardian.lastName();
      assertThat(seen)
          .containsExactlyInAnyOrder("profile GUARDIAN " + name, "loans GUARDIAN " + name);
    }
  }

  private static List<String> accounts(TestBackend backend, String token) throws Exception {
    List<String> rows = new ArrayList<>();
    JSON.readTree(backend.get("/api/v1/me/accounts", token).body())
        .get("accounts")
        .forEach(a -> rows.add(a.get("relation").asText() + " " + a.get("patronId").asText()));
    return rows;
  }
}
