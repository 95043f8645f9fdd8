package org.privacyportal.frontend.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;

class SecurityConfigTest {

  private final InMemoryClientRegistrationRepository clients =
      new InMemoryClientRegistrationRepository(
          ClientRegistration.withRegistrationId(SecurityConfig.REGISTRATION_ID)
              .clientId("portal-frontend")
              .clientSecret("secret")
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .redirectUri("{baseUrl}/login/oauth2/code/keycloak")
              .scope("openid", "profile", "email")
              .authorizationUri("http://localhost:8180/realms/library/protocol/openid-connect/auth")
              .tokenUri("http://localhost:8180/realms/library/protocol/openid-connect/token")
              .jwkSetUri("http://localhost:8180/realms/library/protocol/openid-connect/certs")
              .build());

  @Test
  void confidentialClientStillSendsPkceS256() {
    var request = new MockHttpServletRequest("GET", SecurityConfig.LOGIN_PATH);
    request.setServletPath(SecurityConfig.LOGIN_PATH);

    OAuth2AuthorizationRequest authorization =
        SecurityConfig.pkceAuthorizationRequestResolver(clients).resolve(request);

    assertThat(authorization).isNotNull();
    assertThat(authorization.getAdditionalParameters())
        .containsEntry(PkceParameterNames.CODE_CHALLENGE_METHOD, "S256")
        .containsKey(PkceParameterNames.CODE_CHALLENGE)
        .containsKey("nonce");
    assertThat(authorization.<String>getAttribute(PkceParameterNames.CODE_VERIFIER)).isNotBlank();
    assertThat(authorization.getRedirectUri())
        .isEqualTo("http://localhost/login/oauth2/code/keycloak");
    assertThat(authorization.getScopes()).contains("openid");
  }

  @Test
  void keycloakIsAskedForTheChosenLanguageElseTheBrowsers() {
    var resolver = SecurityConfig.pkceAuthorizationRequestResolver(clients);

    var spanishBrowser = new MockHttpServletRequest("GET", SecurityConfig.LOGIN_PATH);
    spanishBrowser.setServletPath(SecurityConfig.LOGIN_PATH);
    spanishBrowser.addHeader("Accept-Language", "es-MX,es;q=0.9");
    assertThat(resolver.resolve(spanishBrowser).getAdditionalParameters())
        .containsEntry("ui_locales", "es");

    var choseEnglish = new MockHttpServletRequest("GET", SecurityConfig.LOGIN_PATH);
    choseEnglish.setServletPath(SecurityConfig.LOGIN_PATH);
    choseEnglish.addHeader("Accept-Language", "es-MX");
    choseEnglish.setCookies(new jakarta.servlet.http.Cookie("portal-language", "en"));
    assertThat(resolver.resolve(choseEnglish).getAdditionalParameters())
        .containsEntry("ui_locales", "en");
  }

  @Test
  void loginPathIsSpringsAuthorizationEndpointForKeycloak() {
    assertThat(SecurityConfig.LOGIN_PATH).isEqualTo("/oauth2/authorization/keycloak");
  }
}
