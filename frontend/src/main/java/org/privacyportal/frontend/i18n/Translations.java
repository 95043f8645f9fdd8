package org.privacyportal.frontend.i18n;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;

/**
 * Translations that may be missing on purpose: a field, category or code newer than the UI is shown
 * as the backend sent it rather than as a "missing translation" marker.
 */
public final class Translations {

  /** What the backend sends for an enumerated value: BOOK, LIBRARY_BUSINESS, ... */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private Translations() {}

  /**
   * The translation of {@code key} in the component's language, or {@code fallback} if there is
   * none.
   */
  public static String orElse(Component component, String key, String fallback) {
    String text = component.getTranslation(key);
    return text.startsWith(PortalI18NProvider.MISSING) ? fallback : text;
  }

  /**
   * A value of a record's field in words: a category's name for {@code category(ies)}, the
   * translation of {@code value.<field>.<CODE>} for a code, else the value itself.
   */
  public static String value(Component component, String field, String value) {
    return value((key, fallback) -> orElse(component, key, fallback), field, value);
  }

  /**
   * As {@link #value(Component, String, String)}, with {@code orElse} as (key, fallback) to
   * translation.
   */
  public static String value(BinaryOperator<String> orElse, String field, String value) {
    if (field.equals("category") || field.equals("categories")) {
      return orElse.apply("category." + value.toLowerCase(Locale.ROOT), value);
    }
    if (CODE.matcher(value).matches()) {
      return orElse.apply("value." + field + "." + value, value);
    }
    return value;
  }
}
