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
 * Translations from {@code vaadin-i18n/translations.properties} (English, the base bundle) and
 * {@code translations_es.properties} (Spanish).
 *
 * <p>Vaadin's default provider is not used on purpose: it derives the languages from the file names
 * (the base file counts as none, so it would offer Spanish only) and its bundle lookup falls back to
 * the server's default locale (an English visitor would read Spanish on a server set to Spanish).
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";

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
        String value;
        try {
            value = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation '{}' for {}", key, language.getLanguage());
            return "!" + language.getLanguage() + ": " + key;
        }
        return params.length == 0 ? value : new MessageFormat(value, language).format(params);
    }

    static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, PortalI18NProvider.class.getClassLoader(), NO_FALLBACK);
    }
}
