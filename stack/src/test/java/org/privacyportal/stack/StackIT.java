package org.privacyportal.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacyportal.stack.db.EmbeddedMariaDb;
import org.privacyportal.stack.keycloak.KeycloakDistribution;
import org.privacyportal.stack.keycloak.KeycloakServer;
import org.privacyportal.stack.keycloak.RealmCustomizers;

/**
 * The real MariaDB and Keycloak as the stack starts them, on ports 24xxx, with a fresh data folder
 * under target/. Runs in the integration-test phase of every build.
 */
class StackIT {

  private static final Path DATA = Path.of("target", "stack-it-data").toAbsolutePath();
  private static final int DB_PORT = 24306;
  private static final int KC_PORT = 24180;
  private static final int KC_MANAGEMENT_PORT = 24190;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void freshDataFolder() throws Exception {
    if (Files.exists(DATA)) {
      try (var walk = Files.walk(DATA)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void mariaDbKeepsItsDataBetweenStartsAndStopsCleanly() throws Exception {
    long t0 = System.nanoTime();
    try (EmbeddedMariaDb db =
        new EmbeddedMariaDb(DATA.resolve("mariadb"), DB_PORT, "portal", "portal", "portal")) {
      db.start();
      System.out.printf("MariaDB first start: %.1f s%n", (System.nanoTime() - t0) / 1e9);
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "portal", "portal");
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE kept (v VARCHAR(20))");
        s.execute("INSERT INTO kept VALUES ('still here')");
      }
    }
    assertThat(processesMentioning(DATA.resolve("mariadb").toString())).isEmpty();

    t0 = System.nanoTime();
    try (EmbeddedMariaDb db =
        new EmbeddedMariaDb(DATA.resolve("mariadb"), DB_PORT, "portal", "portal", "portal")) {
      db.start();
      System.out.printf("MariaDB second start: %.1f s%n", (System.nanoTime() - t0) / 1e9);
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "portal", "portal");
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("still here");
      }
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "portal", "portal");
          Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT @@character_set_server, @@version")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("utf8mb4");
        System.out.println("MariaDB version " + rs.getString(2));
      }
    }
    assertThat(processesMentioning(DATA.resolve("mariadb").toString())).isEmpty();
  }

  @Test
  void keycloakImportsTheRealmAndIssuesTokensForThePortalApi() throws Exception {
    KeycloakServer keycloak =
        new KeycloakServer(
            DATA,
            KeycloakDistribution.defaultZip(),
            KC_PORT,
            KC_MANAGEMENT_PORT,
            RealmCustomizers.chain(
                RealmCustomizers.demoUsers(),
                RealmCustomizers.portalOrigin("http://localhost:24080"),
                RealmCustomizers.directAccessTestClient("portal-test", "test-secret")),
            Duration.ofSeconds(180));
    long t0 = System.nanoTime();
    try (keycloak) {
      keycloak.start();
      System.out.printf(
          "Keycloak first start (unzip + build + import): %.1f s%n",
          (System.nanoTime() - t0) / 1e9);

      JsonNode token = passwordGrant("guardian", "guardian-demo");
      assertThat(token.path("iss").asText())
          .isEqualTo("http://localhost:" + KC_PORT + "/realms/library");
      assertThat(audiences(token)).contains("portal-api");
      assertThat(token.path("typ").asText()).isEqualTo("Bearer");
      assertThat(token.path("sub").asText()).isEqualTo("8e4f2d17-6a3b-4f90-b1c5-7d2e9a0f3b02");
      assertThat(texts(token.path("realm_access").path("roles"))).contains("patron");

      HttpResponse<String> login =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          keycloak.localUrl()
                              + "/realms/library/protocol/openid-connect/auth?client_id=portal-frontend&response_type=code"
                              + "&scope=openid&redirect_uri="
                              + enc("http://localhost:24080/login/oauth2/code/keycloak")
                              + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"))
                  .header("Accept-Language", "es")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(login.body()).contains("lang=\"es\"").contains("Contraseña");
    }
    assertThat(processesMentioning(DATA.resolve("keycloak").toString())).isEmpty();

    // second start: already unpacked and built, the realm exists (import skipped)
    KeycloakServer again =
        new KeycloakServer(
            DATA,
            KeycloakDistribution.defaultZip(),
            KC_PORT,
            KC_MANAGEMENT_PORT,
            realm -> realm,
            Duration.ofSeconds(180));
    t0 = System.nanoTime();
    try (again) {
      again.start();
      System.out.printf("Keycloak second start: %.1f s%n", (System.nanoTime() - t0) / 1e9);
      assertThat(audiences(passwordGrant("staff", "staff-demo"))).contains("portal-api");
      assertThat(again.adminPassword()).isEqualTo(keycloak.adminPassword());
      HttpResponse<String> admin =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(again.localUrl() + "/realms/master/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      form(
                          Map.of(
                              "grant_type",
                              "password",
                              "client_id",
                              "admin-cli",
                              "username",
                              KeycloakServer.ADMIN_USERNAME,
                              "password",
                              again.adminPassword())))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(admin.statusCode()).isEqualTo(200);
    }
    assertThat(processesMentioning(DATA.resolve("keycloak").toString())).isEmpty();
  }

  private JsonNode passwordGrant(String username, String password) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + KC_PORT
                            + "/realms/library/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    form(
                        Map.of(
                            "grant_type",
                            "password",
                            "client_id",
                            "portal-test",
                            "client_secret",
                            "test-secret",
                            "username",
                            username,
                            "password",
                            password,
                            "scope",
                            "openid")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String jwt = JSON.readTree(response.body()).path("access_token").asText();
    return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  private static List<String> audiences(JsonNode token) {
    JsonNode aud = token.path("aud");
    return aud.isArray() ? texts(aud) : List.of(aud.asText());
  }

  private static List<String> texts(JsonNode array) {
    List<String> list = new java.util.ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
    return HttpRequest.BodyPublishers.ofString(
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&")));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Live processes whose command line mentions {@code text}. */
  private static List<String> processesMentioning(String text) {
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
        .filter(line -> line.contains(text))
        .toList();
  }
}
