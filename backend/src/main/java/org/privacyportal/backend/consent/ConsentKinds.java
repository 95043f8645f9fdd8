package org.privacyportal.backend.consent;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.privacyportal.backend.http.Language;

/**
 * What each consent kind is for, in the words a receipt uses, in English (consent-kinds.properties)
 * or Spanish (consent-kinds_es.properties, the same keys). Kinds are not listed in code: the ledger
 * takes whatever kinds the database allows (other features add their own), and a kind without a
 * description gets its family's (SMS_DUE_DATE: SMS), then the generic one (DEFAULT).
 */
final class ConsentKinds {

  /** A kind's receipt wording. */
  record Description(
      String service,
      String purpose,
      List<String> purposeCategory,
      List<String> piiCategory,
      String termination,
      boolean sensitive,
      List<String> spiCat) {}

  static final String RESOURCE = "org/privacyportal/backend/consent/consent-kinds";
  private static final String GENERIC = "DEFAULT";
  private static final Map<Language, Properties> TEXTS = Language.bundles(RESOURCE);

  private ConsentKinds() {}

  static Description describe(String kind, String statute, Language language) {
    Properties texts = TEXTS.get(language);
    String words = kind.replace('_', ' ').toLowerCase(Locale.ROOT);
    boolean sensitive = Boolean.parseBoolean(field(texts, kind, "sensitive"));
    return new Description(
        own(texts, kind, "service", words),
        field(texts, kind, "purpose").replace("{kind}", words),
        list(field(texts, kind, "purposeCategory")),
        list(field(texts, kind, "piiCategory")),
        field(texts, kind, "termination"),
        sensitive,
        sensitive ? list(field(texts, kind, "spiCat").replace("{statute}", statute)) : List.of());
  }

  /** The kind's own field, its family's, or the generic one (every field has a generic one). */
  private static String field(Properties texts, String kind, String name) {
    return own(texts, kind, name, texts.getProperty(GENERIC + "." + name));
  }

  private static String own(Properties texts, String kind, String name, String fallback) {
    String own = texts.getProperty(kind + "." + name);
    if (own != null) {
      return own;
    }
    int family = kind.indexOf('_');
    String inherited =
        family > 0 ? texts.getProperty(kind.substring(0, family) + "." + name) : null;
    return inherited != null ? inherited : fallback;
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static Properties load(String resource) {
    return Language.properties(resource);
  }
}
