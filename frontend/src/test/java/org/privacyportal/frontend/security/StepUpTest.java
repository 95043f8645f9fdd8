package org.privacyportal.frontend.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

class StepUpTest {

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

  private static MockHttpServletRequest signIn(String query) {
    var request = new MockHttpServletRequest("GET", SecurityConfig.LOGIN_PATH);
    request.setServletPath(SecurityConfig.LOGIN_PATH);
    if (query != null) {
      request.setQueryString(query);
      for (String pair : query.split("&")) {
        String[] nameValue = pair.split("=", 2);
        request.addParameter(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
      }
    }
    return request;
  }

  @Test
  void theSignInAgainLinkIsTheLoginPathAskingForAStepUp() {
    assertThat("/" + StepUp.SIGN_IN_AGAIN).isEqualTo("/oauth2/authorization/keycloak?step-up=sign");
  }

  @Test
  void aStepUpForcesThePasswordAgainAndKeepsPkceAndLanguage() {
    var request = signIn("step-up=sign");
    request.addHeader("Accept-Language", "es");

    var authorization = SecurityConfig.pkceAuthorizationRequestResolver(clients).resolve(request);

    assertThat(authorization.getAdditionalParameters())
        .containsEntry("prompt", "login")
        .containsEntry("max_age", "0")
        .containsEntry("ui_locales", "es")
        .containsEntry("code_challenge_method", "S256");
  }

  @Test
  void aPlainSignInIsNotForcedAndForgetsAStoredReturnPath() {
    var request = signIn(null);
    request.getSession().setAttribute(StepUp.RETURN_ATTRIBUTE, "/account/authorizations/new");

    var authorization = SecurityConfig.pkceAuthorizationRequestResolver(clients).resolve(request);

    assertThat(authorization.getAdditionalParameters()).doesNotContainKeys("prompt", "max_age");
    assertThat(request.getSession().getAttribute(StepUp.RETURN_ATTRIBUTE)).isNull();
  }

  @Test
  void aStepUpKeepsTheReturnPathForTheWayBack() {
    var request = signIn("step-up=sign");
    request.getSession().setAttribute(StepUp.RETURN_ATTRIBUTE, "/account/authorizations/new");

    SecurityConfig.pkceAuthorizationRequestResolver(clients).resolve(request);

    assertThat(request.getSession().getAttribute(StepUp.RETURN_ATTRIBUTE))
        .isEqualTo("/account/authorizations/new");
  }

  @Test
  void otherRequestsAreNoSignInAtAll() {
    var request = new MockHttpServletRequest("GET", "/account");
    request.setServletPath("/account");
    request.addParameter("step-up", "sign");

    assertThat(SecurityConfig.pkceAuthorizationRequestResolver(clients).resolve(request)).isNull();
  }

  @Test
  void afterTheFreshSignInTheBrowserGoesBackOnceThenAsUsual() throws Exception {
    var usualCalled = new AtomicBoolean();
    var handler = new StepUpReturn((request, response, authentication) -> usualCalled.set(true));
    var request = new MockHttpServletRequest("GET", "/login/oauth2/code/keycloak");
    request
        .getSession()
        .setAttribute(StepUp.RETURN_ATTRIBUTE, "/account/authorizations/new?step=sign");
    var response = new MockHttpServletResponse();
    var who = new TestingAuthenticationToken("patron", null);

    handler.onAuthenticationSuccess(request, response, who);

    assertThat(response.getRedirectedUrl()).isEqualTo("/account/authorizations/new?step=sign");
    assertThat(usualCalled).isFalse();

    var later = new MockHttpServletResponse();
    handler.onAuthenticationSuccess(request, later, who);
    assertThat(later.getRedirectedUrl()).isNull();
    assertThat(usualCalled).isTrue();
  }

  @Test
  void onlyAPathOfThePortalIsAPlaceToReturnTo() {
    assertThat(StepUp.isLocalPath("/account/authorizations/new?step=sign")).isTrue();
    assertThat(StepUp.isLocalPath("//evil.example/")).isFalse();
    assertThat(StepUp.isLocalPath("/\\evil.example/")).isFalse();
    assertThat(StepUp.isLocalPath("https://evil.example/")).isFalse();
    assertThat(StepUp.isLocalPath("account")).isFalse();
    assertThat(StepUp.isLocalPath(null)).isFalse();

    var request = new MockHttpServletRequest();
    request.getSession().setAttribute(StepUp.RETURN_ATTRIBUTE, "//evil.example/");
    assertThat(StepUp.takeReturnPath(request)).isEmpty();
  }
}
