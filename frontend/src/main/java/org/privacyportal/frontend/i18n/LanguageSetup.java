package org.privacyportal.frontend.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Applies the language to every page: each new UI takes its locale from the visitor's choice
 * ({@link LanguageChoice}) or else the browser's Accept-Language ({@link Languages}), the first
 * HTML answer already carries the right {@code <html lang>} (Vaadin's page template says "en"
 * whatever the language), every navigation sets it again, and Vaadin's own system messages (session
 * expired, internal error) are translated.
 */
@Component
public class LanguageSetup implements VaadinServiceInitListener {

  private static final String ACCEPT_LANGUAGE = "Accept-Language";

  private final I18NProvider translations;

  public LanguageSetup(I18NProvider translations) {
    this.translations = translations;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            uiInit -> {
              UI ui = uiInit.getUI();
              ui.setLocale(requestLanguage(VaadinRequest.getCurrent()));
              ui.addAfterNavigationListener(navigation -> PageLanguage.apply(ui));
            });
    event.addIndexHtmlRequestListener(
        response -> {
          Locale language =
              response
                  .getUI()
                  .map(UI::getLocale)
                  .orElseGet(() -> requestLanguage(response.getVaadinRequest()));
          response
              .getDocument()
              .getElementsByTag("html")
              .attr("lang", Languages.htmlLang(language));
        });
    event
        .getSource()
        .setSystemMessagesProvider(info -> systemMessages(Languages.supported(info.getLocale())));
  }

  /** The language the visitor chose with the switch, else the browser's. */
  private static Locale requestLanguage(VaadinRequest request) {
    return LanguageChoice.of(request)
        .orElseGet(
            () ->
                Languages.fromAcceptLanguage(
                    request == null ? null : request.getHeader(ACCEPT_LANGUAGE)));
  }

  private CustomizedSystemMessages systemMessages(Locale language) {
    var messages = new CustomizedSystemMessages();
    messages.setSessionExpiredCaption(
        translations.getTranslation("system.session-expired.caption", language));
    messages.setSessionExpiredMessage(
        translations.getTranslation("system.session-expired.message", language));
    messages.setInternalErrorCaption(
        translations.getTranslation("system.internal-error.caption", language));
    messages.setInternalErrorMessage(
        translations.getTranslation("system.internal-error.message", language));
    messages.setCookiesDisabledCaption(
        translations.getTranslation("system.cookies-disabled.caption", language));
    messages.setCookiesDisabledMessage(
        translations.getTranslation("system.cookies-disabled.message", language));
    return messages;
  }
}
