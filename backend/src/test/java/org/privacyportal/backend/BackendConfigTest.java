package org.privacyportal.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    assertThat(config.libraryProfile()).isEqualTo("calcasieu");
    assertThat(config.developmentAccessLogKey()).isTrue();
  }

  @Test
  void smsGoToTheOutboxFolderInTheTempFolderUnlessSet() {
    assertThat(BackendConfig.from(Map.of()).smsOutbox())
        .isEqualTo(
            Path.of(System.getProperty("java.io.tmpdir"), "portal-sms-outbox")
                .toAbsolutePath()
                .normalize());
    assertThat(BackendConfig.from(Map.of("PORTAL_SMS_OUTBOX", "/srv/portal/sms")).smsOutbox())
        .isEqualTo(Path.of("/srv/portal/sms").toAbsolutePath());
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_SMS_OUTBOX", " ")))
        .hasMessageContaining("PORTAL_SMS_OUTBOX");
  }

  @Test
  void deskLookupsPerHourDefaultTo30AndAreAPositiveNumber() {
    assertThat(BackendConfig.from(Map.of()).deskLookupsPerHour()).isEqualTo(30);
    assertThat(
            BackendConfig.from(Map.of("PORTAL_DESK_LOOKUPS_PER_HOUR", "12")).deskLookupsPerHour())
        .isEqualTo(12);
    for (String bad : List.of("0", "-3", "many", "10001", " ")) {
      assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_DESK_LOOKUPS_PER_HOUR", bad)))
          .as(bad)
          .hasMessageContaining("PORTAL_DESK_LOOKUPS_PER_HOUR");
    }
  }

  @Test
  void wrongAuthorizationCodesPerHourDefaultTo10AndAreAPositiveNumber() {
    assertThat(BackendConfig.from(Map.of()).authorizationCodeTriesPerHour()).isEqualTo(10);
    assertThat(
            BackendConfig.from(Map.of("PORTAL_AUTHORIZATION_CODE_TRIES_PER_HOUR", "4"))
                .authorizationCodeTriesPerHour())
        .isEqualTo(4);
    for (String bad : List.of("0", "-1", "ten", "1001", " ")) {
      assertThatThrownBy(
              () -> BackendConfig.from(Map.of("PORTAL_AUTHORIZATION_CODE_TRIES_PER_HOUR", bad)))
          .as(bad)
          .hasMessageContaining("PORTAL_AUTHORIZATION_CODE_TRIES_PER_HOUR");
    }
  }

  @Test
  void theSignatureMaxAgeDefaultsToFiveMinutesAndTheFrontendUrlToTheLocalPortal() {
    BackendConfig defaults = BackendConfig.from(Map.of());
    assertThat(defaults.authorizations().signatureMaxAge()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.authorizations().frontendUrl())
        .isEqualTo(URI.create("http://localhost:8080"));
    BackendConfig set =
        BackendConfig.from(
            Map.of(
                "PORTAL_SIGNATURE_MAX_AGE",
                "120",
                "PORTAL_FRONTEND_URL",
                "https://portal.library.example"));
    assertThat(set.authorizations().signatureMaxAge()).isEqualTo(Duration.ofSeconds(120));
    assertThat(set.authorizations().frontendUrl())
        .isEqualTo(URI.create("https://portal.library.example"));
    for (String bad : List.of("0", "-1", "5m", "3601")) {
      assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_SIGNATURE_MAX_AGE", bad)))
          .as(bad)
          .hasMessageContaining("PORTAL_SIGNATURE_MAX_AGE");
    }
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_FRONTEND_URL", "portal")))
        .hasMessageContaining("PORTAL_FRONTEND_URL");
  }

  @Test
  void theLibraryProfileIsOneOfTheShippedOnes() {
    assertThat(BackendConfig.from(Map.of("PORTAL_LIBRARY_PROFILE", "lawrence")).libraryProfile())
        .isEqualTo("lawrence");
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_LIBRARY_PROFILE", "springfield")))
        .hasMessageContaining("PORTAL_LIBRARY_PROFILE")
        .hasMessageContaining("calcasieu, lawrence");
  }

  @Test
  void theAccessLogKeyIsRequiredUnlessTheDemoDataIsOn() {
    String key = "a-real-secret-of-more-than-32-characters";
    BackendConfig configured =
        BackendConfig.from(Map.of("PORTAL_DEMO_DATA", "false", "PORTAL_ACCESS_LOG_KEY", key));

    assertThat(configured.accessLogKey()).isEqualTo(key.getBytes(StandardCharsets.UTF_8));
    assertThat(configured.developmentAccessLogKey()).isFalse();
    assertThat(configured.toString()).doesNotContain(key);
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_DEMO_DATA", "false")))
        .hasMessageContaining("PORTAL_ACCESS_LOG_KEY");
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_ACCESS_LOG_KEY", "too-short")))
        .hasMessageContaining("PORTAL_ACCESS_LOG_KEY")
        .hasMessageNotContaining("too-short");
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_ACCESS_LOG_KEY", " ".repeat(40))))
        .hasMessageContaining("PORTAL_ACCESS_LOG_KEY");
  }

  @Test
  void aDemoRunWithoutAKeyUsesTheDevelopmentKeyAndSaysSo() {
    BackendConfig config = BackendConfig.from(Map.of("PORTAL_DEMO_DATA", "true"));

    assertThat(config.developmentAccessLogKey()).isTrue();
    assertThat(config.accessLogKey()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(config.toString())
        .contains("accessLogKey=development")
        .doesNotContain(new String(config.accessLogKey(), StandardCharsets.UTF_8));
  }

  @Test
  void theJwksUriFollowsTheIssuerUnlessSetItself() {
    assertThat(
            BackendConfig.from(
                    Map.of("PORTAL_OIDC_ISSUER", "https://id.example.org/realms/library"))
                .oidcJwksUri())
        .hasToString("https://id.example.org/realms/library/protocol/openid-connect/certs");
    assertThat(
            BackendConfig.from(
                    Map.of(
                        "PORTAL_OIDC_ISSUER", "http://localhost:8180/realms/library",
                        "PORTAL_OIDC_JWKS_URI",
                            "http://keycloak:8080/realms/library/protocol/openid-connect/certs"))
                .oidcJwksUri()
                .getHost())
        .isEqualTo("keycloak");
  }

  @Test
  void badValuesStopTheStartNamingTheVariable() {
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_BACKEND_PORT", "80a")))
        .hasMessageContaining("PORTAL_BACKEND_PORT");
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_BACKEND_PORT", "70000")))
        .hasMessageContaining("PORTAL_BACKEND_PORT");
    assertThatThrownBy(() -> BackendConfig.from(Map.of("PORTAL_DEMO_DATA", "yes")))
        .hasMessageContaining("PORTAL_DEMO_DATA");
    assertThatThrownBy(
            () -> BackendConfig.from(Map.of("PORTAL_DB_URL", "jdbc:postgresql://db/portal")))
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
