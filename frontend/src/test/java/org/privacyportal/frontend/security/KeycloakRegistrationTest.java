package org.privacyportal.frontend.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeycloakRegistrationTest {

  private static final String ISSUER = "http://localhost:8180/realms/library";

  @Test
  void withoutABackChannelEveryEndpointIsUnderTheIssuer() {
    var registration = KeycloakRegistration.registration(ISSUER, "", "portal-frontend", "s");
    var provider = registration.getProviderDetails();

    assertThat(provider.getIssuerUri()).isEqualTo(ISSUER);
    assertThat(provider.getAuthorizationUri()).isEqualTo(ISSUER + "/protocol/openid-connect/auth");
    assertThat(provider.getTokenUri()).isEqualTo(ISSUER + "/protocol/openid-connect/token");
    assertThat(provider.getJwkSetUri()).isEqualTo(ISSUER + "/protocol/openid-connect/certs");
    assertThat(provider.getConfigurationMetadata())
        .containsEntry("end_session_endpoint", ISSUER + "/protocol/openid-connect/logout");
  }

  @Test
  void theBackChannelServesOnlyServerToServerCalls() {
    var registration =
        KeycloakRegistration.registration(
            ISSUER + "/", "http://keycloak:8080/realms/library", "portal-frontend", "s");
    var provider = registration.getProviderDetails();

    // the browser is sent to the public address, and the ID token's issuer is checked against it
    assertThat(provider.getIssuerUri()).isEqualTo(ISSUER);
    assertThat(provider.getAuthorizationUri()).startsWith(ISSUER);
    assertThat(provider.getConfigurationMetadata().get("end_session_endpoint").toString())
        .startsWith(ISSUER);
    assertThat(provider.getTokenUri())
        .isEqualTo("http://keycloak:8080/realms/library/protocol/openid-connect/token");
    assertThat(provider.getJwkSetUri())
        .isEqualTo("http://keycloak:8080/realms/library/protocol/openid-connect/certs");
    assertThat(provider.getUserInfoEndpoint().getUri())
        .isEqualTo("http://keycloak:8080/realms/library/protocol/openid-connect/userinfo");
  }
}
