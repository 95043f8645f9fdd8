package org.privacyportal.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

  @Test
  void defaultsAreTheLocalRunOfTheContract() {
    StackConfig config = StackConfig.fromEnv(Map.of());

    assertThat(config.frontendPort()).isEqualTo(8080);
    assertThat(config.backendPort()).isEqualTo(8081);
    assertThat(config.keycloakPort()).isEqualTo(8180);
    assertThat(config.keycloakManagementPort()).isEqualTo(9180);
    assertThat(config.dbPort()).isEqualTo(3307);
    assertThat(config.dataDir()).isEqualTo(Path.of(".portal-data").toAbsolutePath().normalize());
    assertThat(config.embeddedDb()).isTrue();
    assertThat(config.embeddedKeycloak()).isTrue();
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3307/portal");
    assertThat(config.dbUser()).isEqualTo("portal");
    assertThat(config.dbPassword()).isEqualTo("portal");
    assertThat(config.issuer()).isEqualTo("http://localhost:8180/realms/library");
    assertThat(config.jwksUri())
        .hasValue("http://127.0.0.1:8180/realms/library/protocol/openid-connect/certs");
    assertThat(config.portalUrl()).isEqualTo("http://localhost:8080/");
    assertThat(config.backendUrl()).isEqualTo("http://127.0.0.1:8081");
    assertThat(config.oidcClientId()).isEqualTo("portal-frontend");
    assertThat(config.oidcClientSecret()).isEqualTo("portal-frontend-dev-secret");
    assertThat(config.backendJar())
        .isEqualTo(Path.of("backend/target/portal-backend.jar").toAbsolutePath());
    assertThat(config.frontendJar())
        .isEqualTo(Path.of("frontend/target/portal-frontend.jar").toAbsolutePath());
    assertThat(config.logDir()).isEqualTo(config.dataDir().resolve("logs"));
  }

  @Test
  void readsTheContractsVariables() {
    StackConfig config =
        StackConfig.fromEnv(
            Map.ofEntries(
                Map.entry("PORTAL_DATA_DIR", "/srv/portal"),
                Map.entry("PORTAL_PORT", "18080"),
                Map.entry("PORTAL_BACKEND_HOST", "0.0.0.0"),
                Map.entry("PORTAL_BACKEND_PORT", "18081"),
                Map.entry("PORTAL_KEYCLOAK_PORT", "18180"),
                Map.entry("PORTAL_KEYCLOAK_MANAGEMENT_PORT", "19180"),
                Map.entry("PORTAL_DB_PORT", "13307"),
                Map.entry("PORTAL_BACKEND_JAR", "/opt/b.jar"),
                Map.entry("PORTAL_FRONTEND_JAR", "/opt/f.jar"),
                Map.entry("PORTAL_DEMO_DATA", "false"),
                Map.entry("HOME", "/root")));

    assertThat(config.dataDir()).isEqualTo(Path.of("/srv/portal"));
    assertThat(config.portalUrl()).isEqualTo("http://localhost:18080/");
    assertThat(config.backendUrl()).isEqualTo("http://127.0.0.1:18081");
    assertThat(config.issuer()).isEqualTo("http://localhost:18180/realms/library");
    assertThat(config.keycloakManagementPort()).isEqualTo(19180);
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:13307/portal");
    assertThat(config.backendJar()).isEqualTo(Path.of("/opt/b.jar"));
    assertThat(config.frontendJar()).isEqualTo(Path.of("/opt/f.jar"));
    assertThat(config.serviceEnv())
        .containsEntry("PORTAL_DEMO_DATA", "false")
        .doesNotContainKey("HOME");
  }

  @Test
  void externalDatabaseAndIssuerReplaceTheEmbeddedOnes() {
    StackConfig config =
        StackConfig.fromEnv(
            Map.of(
                "PORTAL_DB_URL", "jdbc:mariadb://db.example:3306/portal",
                "PORTAL_DB_USER", "app",
                "PORTAL_DB_PASSWORD", "s3cret",
                "PORTAL_OIDC_ISSUER", "https://id.example/realms/library"));

    assertThat(config.embeddedDb()).isFalse();
    assertThat(config.embeddedKeycloak()).isFalse();
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:mariadb://db.example:3306/portal");
    assertThat(config.dbUser()).isEqualTo("app");
    assertThat(config.dbPassword()).isEqualTo("s3cret");
    assertThat(config.issuer()).isEqualTo("https://id.example/realms/library");
    assertThat(config.jwksUri()).isEmpty();
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @Test
  void blankValuesMeanTheDefault() {
    StackConfig config = StackConfig.fromEnv(Map.of("PORTAL_DB_URL", " ", "PORTAL_PORT", ""));

    assertThat(config.embeddedDb()).isTrue();
    assertThat(config.frontendPort()).isEqualTo(8080);
  }

  @Test
  void aBadPortNamesTheVariable() {
    assertThatThrownBy(() -> StackConfig.fromEnv(Map.of("PORTAL_KEYCLOAK_PORT", "81x0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PORTAL_KEYCLOAK_PORT")
        .hasMessageContaining("81x0");
    assertThatThrownBy(() -> StackConfig.fromEnv(Map.of("PORTAL_DB_PORT", "70000")))
        .hasMessageContaining("PORTAL_DB_PORT");
  }

  @Test
  void toBuilderKeepsEverythingAndBuilderOverrides() {
    StackConfig base =
        StackConfig.fromEnv(Map.of("PORTAL_PORT", "18080", "PORTAL_DEMO_DATA", "false"));

    StackConfig changed = base.toBuilder().backendPort(28081).serviceEnv("PORTAL_X", "1").build();

    assertThat(changed.frontendPort()).isEqualTo(18080);
    assertThat(changed.backendPort()).isEqualTo(28081);
    assertThat(changed.serviceEnv())
        .containsEntry("PORTAL_DEMO_DATA", "false")
        .containsEntry("PORTAL_X", "1");
    assertThat(base.serviceEnv()).doesNotContainKey("PORTAL_X");
  }
}
