package org.privacyportal.frontend.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The language switch in the header: one button per language the page is not in, written in that
 * language ("Español" on an English page) with its {@code lang} set, so a screen reader pronounces
 * it right. The choice is kept in the session and in a cookie, so it outlasts sign-in and the next
 * visit; the page then reloads in the new language.
 */
public final class LanguageSwitch extends Div {

  public LanguageSwitch() {
    setId("language-switch");
    addClassName("portal-language-switch");
    Locale current =
        Languages.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
    for (Locale language : Languages.SUPPORTED) {
      if (language.getLanguage().equals(current.getLanguage())) {
        continue;
      }
      var button = new Button(Languages.nativeName(language), click -> choose(language));
      button.setId("language-" + language.getLanguage());
      button.getElement().setAttribute("lang", language.getLanguage());
      button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      add(button);
    }
  }

  private static void choose(Locale language) {
    VaadinSession.getCurrent()
        .setAttribute(LanguageChoice.SESSION_ATTRIBUTE, language.getLanguage());
    var response = VaadinService.getCurrentResponse();
    if (response != null) {
      response.addCookie(
          LanguageChoice.cookie(language, VaadinService.getCurrentRequest().isSecure()));
    }
    UI.getCurrent().getPage().reload();
  }
}
