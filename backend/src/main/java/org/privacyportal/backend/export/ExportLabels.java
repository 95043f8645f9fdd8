package org.privacyportal.backend.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.privacyportal.backend.vocabulary.Category;

/** The readable PDF's words in English or Spanish (ExportLabels*.properties next to this class). */
final class ExportLabels {

  private final ResourceBundle bundle;
  private final Locale locale;

  ExportLabels(Locale locale) {
    this.locale = locale;
    // no fallback to the JVM's default locale: English is the base bundle whatever the server runs in
    this.bundle = ResourceBundle.getBundle(ExportLabels.class.getName(), locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  Locale locale() {
    return locale;
  }

  String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  String category(Category category) {
    return text("category." + category.wireName());
  }

  /** A field's label, e.g. "checkedOutAt" → "Checked out". */
  String field(String name) {
    return optional("field." + name, name);
  }

  /** A stored code in words, e.g. "IN_TRANSIT" → "In transit"; an unknown code as readable text. */
  String value(String code) {
    return optional("value." + code, code.replace('_', ' '));
  }

  /**
   * A ticket message in the archive's language: one the portal wrote by its code (with the reason
   * staff wrote, as written), else {@code body} as stored.
   */
  String message(String code, String reason, String body) {
    if (code == null || !bundle.containsKey("message." + code)) {
      return body;
    }
    return reason == null ? text("message." + code) : text("message." + code, reason);
  }

  private String optional(String key, String fallback) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
