package org.privacyportal.frontend.backend;

import java.net.http.HttpClient;
import java.time.Duration;
import org.privacyportal.frontend.security.SecurityConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.client.web.client.SecurityContextHolderPrincipalResolver;
import org.springframework.web.client.RestClient;

/**
 * The RestClient for the backend: base URL {@code PORTAL_BACKEND_URL}, short timeouts, and {@link
 * OAuth2ClientHttpRequestInterceptor}, which puts the signed-in user's access token on every call
 * (refreshing it when it has expired) and forgets a token the backend refuses (401/403).
 */
@Configuration
class BackendClientConfig {

  static final String BACKEND_REST_CLIENT = "backendRestClient";

  @Bean(BACKEND_REST_CLIENT)
  RestClient backendRestClient(
      RestClient.Builder builder,
      OAuth2AuthorizedClientManager authorizedClientManager,
      OAuth2AuthorizedClientRepository authorizedClientRepository,
      SecurityContextHolderStrategy securityContexts,
      @Value("${portal.backend.url}") String backendUrl,
      @Value("${portal.backend.connect-timeout:3s}") Duration connectTimeout,
      @Value("${portal.backend.read-timeout:10s}") Duration readTimeout) {
    var tokens = new OAuth2ClientHttpRequestInterceptor(authorizedClientManager);
    tokens.setClientRegistrationIdResolver(request -> SecurityConfig.REGISTRATION_ID);
    // the signed-in user from the strategy Vaadin uses (the interceptor's default would capture the
    // static holder's strategy before Vaadin installs its own, and then see nobody signed in)
    tokens.setPrincipalResolver(new SecurityContextHolderPrincipalResolver(securityContexts));
    tokens.setAuthorizationFailureHandler(
        OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClientRepository));

    var requestFactory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build());
    requestFactory.setReadTimeout(readTimeout);

    return builder
        .clone()
        .baseUrl(backendUrl)
        .requestFactory(requestFactory)
        .requestInterceptor(tokens)
        .build();
  }
}
