package org.privacyportal.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyportal.stack.keycloak.RealmCustomizers;

/**
 * The whole PortalStack with the real MariaDB and Keycloak and stand-in backend/frontend jars, on
 * ports 24xxx. Runs in the integration-test phase of every build.
 */
class PortalStackIT {

  private static final Path DATA = Path.of("target", "portal-stack-it-data").toAbsolutePath();

  @Test
  void startsEverythingInOrderWithTheContractsEnvironmentAndLeavesNothingBehind() throws Exception {
    Path backendJar = FakeService.writeJar(Path.of("target", "fake", "portal-backend.jar"));
    Path frontendJar = FakeService.writeJar(Path.of("target", "fake", "portal-frontend.jar"));
    StackConfig config =
        StackConfig.builder()
            .dataDir(DATA)
            .frontendPort(24080)
            .backendPort(24081)
            .keycloakPort(24180)
            .keycloakManagementPort(24190)
            .dbPort(24306)
            .backendJar(backendJar)
            .frontendJar(frontendJar)
            .serviceEnv("PORTAL_DEMO_DATA", "false")
            .realmCustomizer(RealmCustomizers.directAccessTestClient("portal-test", "test-secret"))
            .build();
    HttpClient http = HttpClient.newHttpClient();
    List<Long> pids;

    long t0 = System.nanoTime();
    try (PortalStack stack = PortalStack.start(config)) {
      System.out.printf("whole stack started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      String backendEnv = get(http, stack.backendUrl() + "/env");
      assertThat(backendEnv)
          .contains(
              "PORTAL_BACKEND_PORT=24081",
              "PORTAL_DB_URL=jdbc:mariadb://127.0.0.1:24306/portal",
              "PORTAL_DB_USER=portal",
              "PORTAL_OIDC_ISSUER=http://localhost:24180/realms/library",
              "PORTAL_OIDC_JWKS_URI=http://127.0.0.1:24180/realms/library/protocol/openid-connect/certs",
              "PORTAL_API_AUDIENCE=portal-api",
              "PORTAL_DEMO_DATA=false");
      String frontendEnv = get(http, stack.portalUrl() + "env");
      assertThat(frontendEnv)
          .contains(
              "PORTAL_PORT=24080",
              "PORTAL_BACKEND_URL=http://127.0.0.1:24081",
              "PORTAL_OIDC_ISSUER=http://localhost:24180/realms/library",
              "PORTAL_OIDC_CLIENT_ID=portal-frontend",
              "PORTAL_OIDC_CLIENT_SECRET=portal-frontend-dev-secret");
      assertThat(
              get(http, "http://127.0.0.1:24180/realms/library/.well-known/openid-configuration"))
          .contains("\"issuer\":\"http://localhost:24180/realms/library\"");
      // the frontend's redirect URI follows its port
      assertThat(
              Files.readString(
                  DATA.resolve("keycloak/keycloak-26.4.7/data/import/library-realm.json")))
          .contains("http://localhost:24080/login/oauth2/code/keycloak")
          .doesNotContain("localhost:8080");
      assertThat(stack.keycloakAdminPassword()).isPresent();
      pids = stack.services().stream().map(s -> s.pid()).toList();
      assertThat(pids).hasSize(3);
    }
    assertThat(pids).allMatch(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    assertThat(
            ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains(DATA.toString()) || c.contains("fake/portal-"))
                .toList())
        .isEmpty();
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response.body();
  }
}
