package org.privacyportal.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.db.Database;
import org.privacyportal.backend.demo.DemoPatrons;
import org.privacyportal.backend.support.TestBackend;

/**
 * A database that cannot be reached answers a quick 503 problem with Retry-After, not a slow 500.
 */
class DatabaseUnavailableTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aRequestWhileTheDatabaseIsDownIsAQuick503WithRetryAfter() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort(); // free again once closed: nothing listens there
    }
    HikariConfig config =
        Database.config("jdbc:mariadb://127.0.0.1:" + closedPort + "/portal", "portal", "none");
    config.setInitializationFailTimeout(-1); // start without a database, as after it went away
    try (HikariDataSource pool = new HikariDataSource(config);
        TestBackend backend = TestBackend.startOn(pool)) {
      long started = System.nanoTime();
      HttpResponse<String> response =
          backend.get(
              "/api/v1/me", backend.tokens().accessToken(DemoPatrons.ALICE_SUBJECT, "patron"));
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(value -> assertThat(value).startsWith(Problem.CONTENT_TYPE));
      assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
      JsonNode problem = JSON.readTree(response.body());
      assertThat(problem.get("type").asText()).isEqualTo(ProblemType.UNAVAILABLE.uri());
      assertThat(problem.get("code").asText()).isEqualTo("database");
      assertThat(problem.get("retryAfter").asInt()).isEqualTo(5);
      assertThat(problem.has("errorId")).isFalse();
      assertThat(took).isLessThan(Duration.ofMillis(3_500));
    }
  }
}
