package org.privacyportal.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalStackTest {

    @Test
    void backendGetsTheContractsVariables() {
        StackConfig config = StackConfig.fromEnv(Map.of("PORTAL_DEMO_DATA", "false", "PORTAL_BACKEND_PORT", "18081"));

        Map<String, String> env = PortalStack.backendEnv(config);

        assertThat(env)
                .containsEntry("PORTAL_BACKEND_HOST", "127.0.0.1")
                .containsEntry("PORTAL_BACKEND_PORT", "18081")
                .containsEntry("PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:3307/portal")
                .containsEntry("PORTAL_DB_USER", "portal")
                .containsEntry("PORTAL_DB_PASSWORD", "portal")
                .containsEntry("PORTAL_OIDC_ISSUER", "http://localhost:8180/realms/library")
                .containsEntry("PORTAL_OIDC_JWKS_URI", "http://127.0.0.1:8180/realms/library/protocol/openid-connect/certs")
                .containsEntry("PORTAL_API_AUDIENCE", "portal-api")
                .containsEntry("PORTAL_DEMO_DATA", "false")
                .containsEntry("PORTAL_SMS_OUTBOX", config.dataDir().resolve("sms-outbox").toString());
    }

    @Test
    void theSmsOutboxIsInTheDataFolderUnlessSet() {
        StackConfig set = StackConfig.fromEnv(Map.of("PORTAL_SMS_OUTBOX", "/srv/portal/sms"));

        assertThat(PortalStack.backendEnv(set)).containsEntry("PORTAL_SMS_OUTBOX", Path.of("/srv/portal/sms").toString());
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
        StackConfig withJwks = StackConfig.fromEnv(Map.of("PORTAL_OIDC_ISSUER", "https://id.example/realms/library",
                "PORTAL_OIDC_JWKS_URI", "http://keycloak:8080/realms/library/protocol/openid-connect/certs"));
        StackConfig without = StackConfig.fromEnv(Map.of("PORTAL_OIDC_ISSUER", "https://id.example/realms/library"));

        assertThat(PortalStack.backendEnv(withJwks))
                .containsEntry("PORTAL_OIDC_JWKS_URI", "http://keycloak:8080/realms/library/protocol/openid-connect/certs");
        assertThat(PortalStack.backendEnv(without)).doesNotContainKey("PORTAL_OIDC_JWKS_URI");
    }

    @Test
    void missingJarsFailBeforeAnythingStarts(@TempDir Path dir) {
        StackConfig config = StackConfig.builder()
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
