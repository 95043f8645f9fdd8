package org.privacyportal.frontend.security;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The Keycloak client registration, built from the realm's well-known endpoint paths instead of
 * discovery at start-up. Two reasons: the browser and the server may reach Keycloak at different
 * addresses (in docker-compose the browser uses the public URL, the frontend container the internal
 * host name: PORTAL_OIDC_BACKCHANNEL_URL), and the portal can start while Keycloak is still
 * starting.
 *
 * <p>Browser-facing endpoints (authorization, end session) use the public issuer; server-to-server
 * ones (token, keys, user info) use the back-channel URL. The issuer stays the public one, so the
 * ID token's {@code iss} is still checked against it.
 */
@Configuration
public class KeycloakRegistration {

  @Bean
  ClientRegistrationRepository clientRegistrationRepository(
      @Value("${PORTAL_OIDC_ISSUER:http://localhost:8180/realms/library}") String issuer,
      @Value("${PORTAL_OIDC_BACKCHANNEL_URL:}") String backchannelUrl,
      @Value("${PORTAL_OIDC_CLIENT_ID:portal-frontend}") String clientId,
      @Value("${PORTAL_OIDC_CLIENT_SECRET:portal-frontend-dev-secret}") String clientSecret) {
    return new InMemoryClientRegistrationRepository(
        registration(issuer, backchannelUrl, clientId, clientSecret));
  }

  static ClientRegistration registration(
      String issuer, String backchannelUrl, String clientId, String clientSecret) {
    String publicBase = stripSlash(issuer) + "/protocol/openid-connect";
    String serverBase =
        stripSlash(backchannelUrl.isBlank() ? issuer : backchannelUrl) + "/protocol/openid-connect";
    return ClientRegistration.withRegistrationId(SecurityConfig.REGISTRATION_ID)
        .clientId(clientId)
        .clientSecret(clientSecret)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .scope("openid", "profile", "email")
        .issuerUri(stripSlash(issuer))
        .authorizationUri(publicBase + "/auth")
        .tokenUri(serverBase + "/token")
        .jwkSetUri(serverBase + "/certs")
        .userInfoUri(serverBase + "/userinfo")
        .userNameAttributeName("sub")
        .providerConfigurationMetadata(Map.of("end_session_endpoint", publicBase + "/logout"))
        .clientName("Keycloak")
        .build();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
