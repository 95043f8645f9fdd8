package org.privacyportal.backend.guardianship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;
import org.privacyportal.backend.support.TestData.Patron;

/** GET /api/v1/me/accounts: the accounts the signed-in person may act for today. */
class AccountsApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void selfFirstThenEachMinorGuardedToday() throws Exception {
    TestBackend calcasieu = TestBackend.forProfile("calcasieu");
    TestBackend lawrence = TestBackend.forProfile("lawrence");
    TestData data = new TestData(calcasieu.dataSource());
    LocalDate today = LocalDate.now();
    Patron parent = data.patron("Pat", today.minusYears(45), true);
    Patron younger = data.patron("Yan", today.minusYears(7), false);
    Patron older = data.patron("Ola", today.minusYears(16), true);
    Patron unverified = data.patron("Uli", today.minusYears(12), false);
    Patron grownUp = data.patron("Gro", today.minusYears(18).minusDays(40), true);
    Patron pending = data.patron("Pen", today.minusYears(10), false);
    data.guardianLink(parent, younger, true);
    data.guardianLink(parent, older, true);
    data.guardianLink(parent, unverified, false);
    data.guardianLink(parent, grownUp, true);
    data.guardianLink(parent, pending, "PENDING", true);
    String token = calcasieu.tokens().accessToken(parent.subject(), "patron");

    JsonNode accounts =
        JSON.readTree(calcasieu.get("/api/v1/me/accounts", token).body()).get("accounts");

    assertThat(accounts.get(0).get("patronId").asText()).isEqualTo(parent.id());
    assertThat(accounts.get(0).get("relation").asText()).isEqualTo("SELF");
    assertThat(accounts.get(0).fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("patronId", "firstName", "lastName", "relation", "birthDate");
    // Oldest first; Calcasieu does not require verified identification, Lawrence does.
    assertThat(ids(accounts))
        .containsExactly(parent.id(), older.id(), unverified.id(), younger.id());
    assertThat(accounts.get(1).get("relation").asText()).isEqualTo("GUARDIAN");
    assertThat(accounts.get(1).get("birthDate").asText()).isEqualTo(older.birthDate().toString());
    assertThat(
            ids(JSON.readTree(lawrence.get("/api/v1/me/accounts", token).body()).get("accounts")))
        .containsExactly(parent.id(), older.id(), younger.id());
  }

  @Test
  void staffHaveNoAccountsOfTheirOwn() throws Exception {
    TestBackend backend = TestBackend.get();

    JsonNode body =
        JSON.readTree(
            backend
                .get("/api/v1/me/accounts", backend.tokens().accessToken(TestData.newId(), "staff"))
                .body());

    assertThat(body.get("accounts")).isEmpty();
  }

  private static List<String> ids(JsonNode accounts) {
    List<String> ids = new ArrayList<>();
    accounts.forEach(a -> ids.add(a.get("patronId").asText()));
    return ids;
  }
}
