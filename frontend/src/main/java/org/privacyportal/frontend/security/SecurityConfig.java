package org.privacyportal.frontend.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Sign-in through Keycloak (OpenID Connect authorization code flow) for the whole UI.
 *
 * <ul>
 *   <li>Login: {@link #LOGIN_PATH} is Spring's redirect to Keycloak; Vaadin's navigation access
 *       control sends anyone who opens a {@code @PermitAll} view without a session there, and the
 *       start page links to it. Keycloak redirects back to {@code /login/oauth2/code/keycloak}.
 *   <li>PKCE (S256) on every authorization request, although the client is confidential (Spring
 *       adds PKCE by itself only to public clients); the realm requires it for this client.
 *   <li>Logout: RP-initiated logout ({@link OidcClientInitiatedLogoutSuccessHandler}) ends the
 *       Keycloak session too and comes back to the start page ({@value #POST_LOGOUT_REDIRECT_URI}).
 *   <li>Step-up: a fresh sign-in with the password typed again for a step that needs it, back to
 *       the page that asked ({@link StepUp}).
 * </ul>
 *
 * The UI decides no access to patron data: it shows what the backend returns for the user's token.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

  /** The client registration in application.yml. */
  public static final String REGISTRATION_ID = "keycloak";

  /** Where signing in starts (Spring Security's authorization request endpoint). */
  public static final String LOGIN_PATH =
      OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
          + "/"
          + REGISTRATION_ID;

  /**
   * Where Keycloak sends the browser after sign-out; must be listed in the client's post-logout
   * URIs.
   */
  public static final String POST_LOGOUT_REDIRECT_URI = "{baseUrl}/";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, ClientRegistrationRepository clients)
      throws Exception {
    // the portal's own style sheet (Vaadin's resources are permitted by the configurer)
    http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**").permitAll());
    http.oauth2Login(
        login ->
            login.authorizationEndpoint(
                endpoint ->
                    endpoint.authorizationRequestResolver(
                        pkceAuthorizationRequestResolver(clients))));
    http.with(
        VaadinSecurityConfigurer.vaadin(),
        vaadin ->
            vaadin
                .oauth2LoginPage(LOGIN_PATH, POST_LOGOUT_REDIRECT_URI)
                .logoutSuccessHandler(keycloakLogout(clients))
                // Vaadin views stay guarded by navigation access control (@AnonymousAllowed,
                // @PermitAll);
                // any other address reaches Vaadin and gets the translated "page not found" instead
                // of a
                // bare 403. The UI holds no data of its own: everything comes from the backend per
                // token.
                .anyRequest(AuthorizedUrl::permitAll));
    // after Vaadin's configurer: back to the signing page after a fresh sign-in (StepUp)
    http.with(new StepUpConfigurer(), Customizer.withDefaults());
    return http.build();
  }

  /**
   * Authorization requests with PKCE S256 (plus state and, for openid, nonce) for every client, the
   * portal's language for Keycloak's sign-in page ({@link LoginLanguage}), and a forced password
   * for a fresh sign-in a step asks for ({@link StepUpLogin}).
   */
  static OAuth2AuthorizationRequestResolver pkceAuthorizationRequestResolver(
      ClientRegistrationRepository clients) {
    var resolver =
        new DefaultOAuth2AuthorizationRequestResolver(
            clients,
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    return new StepUpLogin(new LoginLanguage(resolver));
  }

  /**
   * RP-initiated logout at Keycloak's end-session endpoint, redirecting from inside a Vaadin
   * request.
   */
  static LogoutSuccessHandler keycloakLogout(ClientRegistrationRepository clients) {
    var handler = new OidcClientInitiatedLogoutSuccessHandler(clients);
    handler.setPostLogoutRedirectUri(POST_LOGOUT_REDIRECT_URI);
    handler.setRedirectStrategy(new UidlRedirectStrategy());
    return handler;
  }
}
