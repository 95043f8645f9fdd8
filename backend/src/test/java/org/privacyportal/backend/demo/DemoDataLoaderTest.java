package org.privacyportal.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.TestBackend;

/** The demo set in the test backend's own database, loaded as BackendMain loads it. */
class DemoDataLoaderTest {

  private final TestBackend backend = TestBackend.get(); // has loaded the demo data once already

  @Test
  void loadingAgainKeepsIdsAndRowCount() throws Exception {
    Map<String, String> before = idsByCard();

    int first = new DemoDataLoader(backend.sessions(), Clock.systemUTC()).load();
    int second = new DemoDataLoader(backend.sessions(), Clock.systemUTC()).load();

    assertThat(first).isZero();
    assertThat(second).isZero();
    // Other tests add patrons of their own to this shared database: at least the demo set is there.
    assertThat(idsByCard())
        .isEqualTo(before)
        .hasSizeGreaterThanOrEqualTo(DemoDataGenerator.Size.DEMO.patrons());
  }

  @Test
  void demoPatronsHaveRandomIdsAndNoraHasNoLogin() throws Exception {
    try (Connection connection = backend.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id, keycloak_subject FROM patron WHERE card_number = '"
                    + DemoPatrons.NORA_CARD
                    + "'")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString("id"))
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
      assertThat(rows.getString("keycloak_subject")).isNull();
    }
  }

  private Map<String, String> idsByCard() throws SQLException {
    Map<String, String> ids = new HashMap<>();
    try (Connection connection = backend.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT card_number, id FROM patron")) {
      while (rows.next()) {
        ids.put(rows.getString(1), rows.getString(2));
      }
    }
    return ids;
  }
}
