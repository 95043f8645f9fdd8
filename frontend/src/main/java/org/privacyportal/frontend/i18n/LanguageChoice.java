package org.privacyportal.frontend.i18n;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a visitor chose with the {@link LanguageSwitch}: kept in the session, and in a
 * cookie for a year (only the language code: nothing personal). A choice beats the browser's
 * language.
 */
public final class LanguageChoice {

  static final String SESSION_ATTRIBUTE = LanguageChoice.class.getName();
  public static final String COOKIE = "portal-language";

  private LanguageChoice() {}

  /** The chosen language for this request, if the visitor chose one. */
  public static Optional<Locale> of(VaadinRequest request) {
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String code) {
      return supportedCode(code);
    }
    if (request != null && request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (COOKIE.equals(cookie.getName())) {
          return supportedCode(cookie.getValue());
        }
      }
    }
    return Optional.empty();
  }

  static Cookie cookie(Locale language, boolean secure) {
    var cookie = new Cookie(COOKIE, language.getLanguage());
    cookie.setPath("/");
    cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  /** Only a language the portal speaks; anything else in the cookie is ignored. */
  public static Optional<Locale> supportedCode(String code) {
    return Languages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
  }
}
