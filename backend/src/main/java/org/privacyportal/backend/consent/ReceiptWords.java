package org.privacyportal.backend.consent;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.privacyportal.backend.http.Language;

/**
 * Every word of a consent receipt in one language: what each consent kind is for ({@link
 * ConsentKinds}) and the receipt's fixed texts (consent-receipt.properties and
 * consent-receipt_es.properties). The JSON and the PDF receipt both take their words from here, so
 * they always say the same thing. Codes (states, roles, channels, the Kantara field names) are not
 * words: they stay as they are.
 */
final class ReceiptWords {

  static final String RESOURCE = "org/privacyportal/backend/consent/consent-receipt";
  private static final Map<Language, ReceiptWords> ALL = loadAll();

  private final Language language;
  private final Properties texts;
  private final DateTimeFormatter when;

  private ReceiptWords(Language language, Properties texts) {
    this.language = language;
    this.texts = texts;
    this.when = DateTimeFormatter.ofPattern(text("date-pattern"), language.locale());
  }

  static ReceiptWords of(Language language) {
    return ALL.get(language);
  }

  Language language() {
    return language;
  }

  /** A fixed text; with arguments, a MessageFormat pattern. */
  String text(String key, Object... arguments) {
    String pattern = texts.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no receipt text '" + key + "' in " + language.code());
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, language.locale()).format(arguments);
  }

  /** A stored code in words (a method, a consent type); an unknown code as it is. */
  String textOr(String key, String code) {
    return texts.getProperty(key, code);
  }

  ConsentKinds.Description kind(String consent, String statute) {
    return ConsentKinds.describe(consent, statute, language);
  }

  /**
   * Date and time as a reader writes them ("November 23, 2026, 4:05 PM CST", "23 de noviembre de
   * 2026, 16:05 CST").
   */
  DateTimeFormatter when() {
    return when;
  }

  /** How the choice was made (Kantara collectionMethod). */
  String collectionMethod(String channel) {
    return textOr("method." + channel, channel);
  }

  /** Who acted. */
  String actor(LedgerEntry entry) {
    if ("GUARDIAN".equals(entry.actorRole()) && entry.actorName() != null) {
      return text("actor.GUARDIAN.named", entry.actorName());
    }
    return textOr("actor." + entry.actorRole(), entry.actorRole());
  }

  /** A state in words: "On (given)", or "Accepted" for the privacy policy. */
  String state(String consent, boolean granted) {
    String suffix = granted ? "on" : "off";
    return textOr("state." + consent + "." + suffix, text("state." + suffix));
  }

  private static Map<Language, ReceiptWords> loadAll() {
    Map<Language, ReceiptWords> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      all.put(
          language, new ReceiptWords(language, Language.properties(language.resource(RESOURCE))));
    }
    return all;
  }
}
