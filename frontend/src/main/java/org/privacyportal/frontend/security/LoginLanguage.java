package org.privacyportal.frontend.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.privacyportal.frontend.i18n.LanguageChoice;
import org.privacyportal.frontend.i18n.Languages;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Asks Keycloak for its sign-in page in the portal's language (OIDC {@code ui_locales}): the
 * language the visitor chose with the switch, else the browser's. Without it a visitor who switched
 * to Spanish would meet an English sign-in page.
 */
final class LoginLanguage implements OAuth2AuthorizationRequestResolver {

  static final String UI_LOCALES = "ui_locales";

  private final OAuth2AuthorizationRequestResolver delegate;

  LoginLanguage(OAuth2AuthorizationRequestResolver delegate) {
    this.delegate = delegate;
  }

  @Override
  public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
    return withLanguage(delegate.resolve(request), request);
  }

  @Override
  public OAuth2AuthorizationRequest resolve(
      HttpServletRequest request, String clientRegistrationId) {
    return withLanguage(delegate.resolve(request, clientRegistrationId), request);
  }

  private static OAuth2AuthorizationRequest withLanguage(
      OAuth2AuthorizationRequest authorization, HttpServletRequest request) {
    if (authorization == null) {
      return null;
    }
    String language = Languages.htmlLang(language(request));
    return OAuth2AuthorizationRequest.from(authorization)
        .additionalParameters(parameters -> parameters.put(UI_LOCALES, language))
        .build();
  }

  static Locale language(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (LanguageChoice.COOKIE.equals(cookie.getName())) {
          var chosen = LanguageChoice.supportedCode(cookie.getValue());
          if (chosen.isPresent()) {
            return chosen.get();
          }
        }
      }
    }
    return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
  }
}
