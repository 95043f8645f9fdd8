package org.privacyportal.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyportal.stack.keycloak.RealmFile;

class PortalStackTest {

  @Test
  void backendGetsTheContractsVariables() {
    StackConfig config =
        StackConfig.fromEnv(Map.of("PORTAL_DEMO_DATA", "false", "PORTAL_BACKEND_PORT", "18081"));

    Map<String, String> env = PortalStack.backendEnv(config);

    assertThat(env)
        .containsEntry("PORTAL_BACKEND_HOST", "127.0.0.1")
        .containsEntry("PORTAL_BACKEND_PORT", "18081")
        .containsEntry("PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:3307/portal")
        .containsEntry("PORTAL_DB_USER", "portal")
        .containsEntry("PORTAL_DB_PASSWORD", "portal")
        .containsEntry("PORTAL_OIDC_ISSUER", "http://localhost:8180/realms/library")
        .containsEntry(
            "PORTAL_OIDC_JWKS_URI",
            "http://127.0.0.1:8180/realms/library/protocol/openid-connect/certs")
        .containsEntry("PORTAL_API_AUDIENCE", "portal-api")
        .containsEntry("PORTAL_DEMO_DATA", "false")
        .containsEntry("PORTAL_SMS_OUTBOX", config.dataDir().resolve("sms-outbox").toString())
        .containsEntry("PORTAL_FRONTEND_URL", "http://localhost:8080");
  }

  @Test
  void theRealmCopyOfTheStacksOwnKeycloakHasTheDemoUsers(@TempDir Path dir) throws IOException {
    StackConfig config = StackConfig.fromEnv(Map.of("PORTAL_PORT", "18080"));

    Path file = RealmFile.writeForImport(dir, PortalStack.realmCustomizer(config));

    JsonNode written = new ObjectMapper().readTree(file.toFile());
    List<String> users = new ArrayList<>();
    written
        .path("users")
        .forEach(
            user ->
                users.add(
                    user.path("username").asText()
                        + " "
                        + user.path("id").asText()
                        + " "
                        + user.path("credentials").get(0).path("value").asText()));
    assertThat(users)
        .containsExactly(
            "patron 5b0c1a9e-3f7d-4c2a-9e61-2d8f4b7a1c01 patron-demo",
            "guardian 8e4f2d17-6a3b-4f90-b1c5-7d2e9a0f3b02 guardian-demo",
            "minor c3a91e5f-0b7d-4e28-a6f4-91d0b2c7e803 minor-demo",
            "staff 2f6d8b40-9c1e-4a57-8d3b-e5f7a2c9b104 staff-demo",
            "director 9a7e3c21-5d4b-4f16-b8e0-3c6a1f9d2e05 director-demo",
            "thirdparty 6d1b9f83-2e5a-4c7d-9f20-a4b8e3c5d706 thirdparty-demo",
            "parent 4c8e2a6f-1d3b-4e7a-a5c9-0b2d6f8e1a07 parent-demo",
            "renee 7b3e9d52-4a1c-4f8e-b6d0-2c9a5e1f7d08 renee-demo");
    // the rest of the chain still applies, and the shipped realm itself is left without users
    assertThat(written.toString()).contains("http://localhost:18080/login/oauth2/code/keycloak");
    assertThat(RealmFile.load().path("users")).isEmpty();
  }

  @Test
  void theSmsOutboxIsInTheDataFolderUnlessSet() {
    StackConfig set = StackConfig.fromEnv(Map.of("PORTAL_SMS_OUTBOX", "/srv/portal/sms"));

    assertThat(PortalStack.backendEnv(set))
        .containsEntry("PORTAL_SMS_OUTBOX", Path.of("/srv/portal/sms").toString());
    assertThat(StackConfig.fromEnv(Map.of("PORTAL_DATA_DIR", "/srv/portal")).smsOutbox())
        .isEqualTo(Path.of("/srv/portal").toAbsolutePath().resolve("sms-outbox"));
  }

  @Test
  void frontendGetsTheContractsVariables() {
    StackConfig config = StackConfig.fromEnv(Map.of("PORTAL_PORT", "18080"));

    Map<String, String> env = PortalStack.frontendEnv(config);

    assertThat(env)
        .containsEntry("PORTAL_PORT", "18080")
        .containsEntry("PORTAL_BACKEND_URL", "http://127.0.0.1:8081")
        .containsEntry("PORTAL_OIDC_ISSUER", "http://localhost:8180/realms/library")
        .containsEntry("PORTAL_OIDC_CLIENT_ID", "portal-frontend")
        .containsEntry("PORTAL_OIDC_CLIENT_SECRET", "portal-frontend-dev-secret");
  }

  @Test
  void anExternalIssuerKeepsItsOwnJwksUriOrNone() {
    StackConfig withJwks =
        StackConfig.fromEnv(
            Map.of(
                "PORTAL_OIDC_ISSUER",
                "https://id.example/realms/library",
                "PORTAL_OIDC_JWKS_URI",
                "http://keycloak:8080/realms/library/protocol/openid-connect/certs"));
    StackConfig without =
        StackConfig.fromEnv(Map.of("PORTAL_OIDC_ISSUER", "https://id.example/realms/library"));

    assertThat(PortalStack.backendEnv(withJwks))
        .containsEntry(
            "PORTAL_OIDC_JWKS_URI",
            "http://keycloak:8080/realms/library/protocol/openid-connect/certs");
    assertThat(PortalStack.backendEnv(without)).doesNotContainKey("PORTAL_OIDC_JWKS_URI");
  }

  @Test
  void missingJarsFailBeforeAnythingStarts(@TempDir Path dir) {
    StackConfig config =
        StackConfig.builder()
            .dataDir(dir.resolve("data"))
            .backendJar(dir.resolve("nope/portal-backend.jar"))
            .frontendJar(dir.resolve("nope/portal-frontend.jar"))
            .build();

    assertThatThrownBy(() -> PortalStack.start(config))
        .isInstanceOf(StackStartException.class)
        .hasMessageContaining("portal-backend.jar does not exist");
    assertThat(dir.resolve("data")).doesNotExist();
  }
}
