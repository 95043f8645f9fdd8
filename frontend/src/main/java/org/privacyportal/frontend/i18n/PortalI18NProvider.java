package org.privacyportal.frontend.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translations from the bundles under {@code vaadin-i18n/}: {@code translations.properties} for the
 * shell and the records views, and one bundle per feature ({@code sms.properties}, ...) so features
 * keep their words beside each other. Each bundle's base file is English, {@code *_es} Spanish. A
 * key lives in exactly one bundle ({@code TranslationsTest} checks that).
 *
 * <p>Vaadin's default provider is not used on purpose: it derives the languages from the file names
 * (the base file counts as none, so it would offer Spanish only) and its bundle lookup falls back
 * to the server's default locale (an English visitor would read Spanish on a server set to
 * Spanish).
 */
@Component
public class PortalI18NProvider implements I18NProvider {

  /** The bundles, looked up in this order; a bundle whose files are absent is skipped. */
  static final List<String> BUNDLES =
      List.of(
          "translations",
          "sms",
          "consents",
          "policy",
          "export",
          "details",
          "accesslog",
          "guardians",
          "staff",
          "desk",
          "shared",
          "authorization");

  /** How a missing translation starts ({@link Translations#orElse} falls back on it). */
  static final String MISSING = "!";

  private static final Logger LOG = LoggerFactory.getLogger(PortalI18NProvider.class);

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Override
  public List<Locale> getProvidedLocales() {
    return Languages.SUPPORTED;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    if (key == null) {
      return "";
    }
    Locale language = Languages.supported(locale);
    for (String name : BUNDLES) {
      ResourceBundle bundle = bundle(name, language);
      if (bundle != null && bundle.containsKey(key)) {
        String value = bundle.getString(key);
        return params.length == 0 ? value : new MessageFormat(value, language).format(params);
      }
    }
    LOG.debug("Missing translation '{}' for {}", key, language.getLanguage());
    return MISSING + language.getLanguage() + ": " + key;
  }

  /** The bundle in that language, or null when the feature has no translations (yet). */
  static ResourceBundle bundle(String name, Locale language) {
    try {
      return ResourceBundle.getBundle(
          "vaadin-i18n." + name, language, PortalI18NProvider.class.getClassLoader(), NO_FALLBACK);
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
