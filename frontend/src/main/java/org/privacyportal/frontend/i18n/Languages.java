package org.privacyportal.frontend.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the portal speaks and how one is chosen: the browser's Accept-Language, negotiated
 * the standard way (RFC 4647 lookup over the listed ranges, by weight); Spanish for any {@code es*}
 * range that wins, English otherwise and when nothing matches.
 */
public final class Languages {

  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale SPANISH = Locale.of("es");

  /** Supported languages; the first one is the default. */
  public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

  private Languages() {}

  /** The language to use for a request with the given Accept-Language header (may be null). */
  public static Locale fromAcceptLanguage(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return ENGLISH;
    }
    try {
      Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
      return match == null ? ENGLISH : supported(match);
    } catch (IllegalArgumentException malformed) {
      return ENGLISH;
    }
  }

  /** The supported language closest to the given locale (by language), English if none. */
  public static Locale supported(Locale locale) {
    if (locale == null) {
      return ENGLISH;
    }
    for (Locale candidate : SUPPORTED) {
      if (candidate.getLanguage().equals(locale.getLanguage())) {
        return candidate;
      }
    }
    return ENGLISH;
  }

  /** The language's name in itself ("English", "Español"), as a language switch shows it. */
  public static String nativeName(Locale language) {
    String name = language.getDisplayLanguage(language);
    return name.isEmpty()
        ? language.getLanguage()
        : name.substring(0, 1).toUpperCase(language) + name.substring(1);
  }

  /** The value for the page's {@code <html lang>} attribute. */
  public static String htmlLang(Locale locale) {
    return supported(locale).getLanguage();
  }
}
