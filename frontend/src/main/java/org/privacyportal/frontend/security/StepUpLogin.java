package org.privacyportal.frontend.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Adds {@code prompt=login} and {@code max_age=0} (OpenID Connect Core 3.1.2.1) to the
 * authorization request of a fresh sign-in asked for by {@link StepUp#SIGN_IN_AGAIN}: Keycloak then
 * asks for the password even while its own session is alive. Any other sign-in is left as it is and
 * forgets a stored return path ({@link StepUp}).
 */
final class StepUpLogin implements OAuth2AuthorizationRequestResolver {

  static final String PROMPT = "prompt";
  static final String MAX_AGE = "max_age";

  private final OAuth2AuthorizationRequestResolver delegate;

  StepUpLogin(OAuth2AuthorizationRequestResolver delegate) {
    this.delegate = delegate;
  }

  @Override
  public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
    return stepUp(delegate.resolve(request), request);
  }

  @Override
  public OAuth2AuthorizationRequest resolve(
      HttpServletRequest request, String clientRegistrationId) {
    return stepUp(delegate.resolve(request, clientRegistrationId), request);
  }

  private static OAuth2AuthorizationRequest stepUp(
      OAuth2AuthorizationRequest authorization, HttpServletRequest request) {
    if (authorization == null) {
      return null; // not a sign-in request at all
    }
    if (!StepUp.requested(request)) {
      StepUp.forget(request);
      return authorization;
    }
    return OAuth2AuthorizationRequest.from(authorization)
        .additionalParameters(
            parameters -> {
              parameters.put(PROMPT, "login");
              parameters.put(MAX_AGE, "0");
            })
        .build();
  }
}
