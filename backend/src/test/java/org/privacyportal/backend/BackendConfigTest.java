package org.privacyportal.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendConfigTest {

  @Test
  void defaultsFollowTheContract() {
    BackendConfig config = BackendConfig.from(Map.of());

    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(8081);
    assertThat(config.dbUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3307/portal");
    assertThat(config.dbUser()).isEqualTo("portal");
    assertThat(config.dbPassword()).isEqualTo("portal");
    assertThat(config.oidcIssuer()).isEqualTo("http://localhost:8180/realms/library");
    assertThat(config.oidcJwksUri())
        .hasToString("http://localhost:8180/realms/library/protocol/openid-connect/certs");
    assertThat(config.apiAudience()).isEqualTo("portal-api");
    assertThat(config.demoData()).isTrue();
  }

  @Test
  void theJwksUriFollowsTheIssuerUnlessSetItself() {
    assertThat(BackendConfig.from(Map.of("PORTAL_OIDC_ISSUER", "https://id.example.org/realms/library"))
        .oidcJwksUri()).hasToString("https://id.example.org/realms/library/protocol/openid-connect/certs");
    assertThat(BackendConfig.from(Map.of(
        "PORTAL_OIDC_ISSUER", "http://localhost:8180/realms/library",
        "PORTAL_OIDC_JWKS_URI", "http://keycloak:8080/realms/library/protocol/openid-connect/certs"))
        .oidcJwksUri().getHost()).isEqualTo("keycloak");
  }

  @Test
  void badValuesStopTheStartNamingTheVariable() {
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_BACKEND_PORT", "80a")))
        .hasMessageContaining("PORTAL_BACKEND_PORT");
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_BACKEND_PORT", "70000")))
        .hasMessageContaining("PORTAL_BACKEND_PORT");
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_DEMO_DATA", "yes")))
        .hasMessageContaining("PORTAL_DEMO_DATA");
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_DB_URL", "jdbc:postgresql://db/portal")))
        .hasMessageContaining("PORTAL_DB_URL");
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_OIDC_ISSUER", "localhost:8180")))
        .hasMessageContaining("PORTAL_OIDC_ISSUER");
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_API_AUDIENCE", " ")))
        .hasMessageContaining("PORTAL_API_AUDIENCE");
  }

  @Test
  void thePasswordStaysOutOfToString() {
    assertThat(BackendConfig.from(Map.of("PORTAL_DB_PASSWORD", "s3cret-value")).toString())
        .doesNotContain("s3cret-value");
  }
}
