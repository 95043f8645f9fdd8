package org.privacyportal.backend.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What each consent kind is for, in the words a receipt uses (consent-kinds.properties). Kinds are
 * not listed in code: the ledger takes whatever kinds the database allows (other features add
 * their own), and a kind without a description gets its family's (SMS_DUE_DATE: SMS) or a
 * generic one.
 */
final class ConsentKinds {

  /** A kind's receipt wording. */
  record Description(String service, String purpose, List<String> purposeCategory, List<String> piiCategory,
      String termination, boolean sensitive, List<String> spiCat) {
  }

  private static final String RESOURCE = "org/privacyportal/backend/consent/consent-kinds.properties";
  private static final Properties TEXTS = load();

  private ConsentKinds() {
  }

  static Description describe(String kind, String statute) {
    String words = kind.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    boolean sensitive = Boolean.parseBoolean(field(kind, "sensitive", "false"));
    return new Description(
        field(kind, "service", words),
        field(kind, "purpose", "The opt-in '" + words + "'"),
        list(field(kind, "purposeCategory", "Service the patron asked for")),
        list(field(kind, "piiCategory", "Account details")),
        field(kind, "termination", "Until you change this choice"),
        sensitive,
        sensitive ? list(field(kind, "spiCat", "Library records").replace("{statute}", statute)) : List.of());
  }

  private static String field(String kind, String name, String fallback) {
    String own = TEXTS.getProperty(kind + "." + name);
    if (own != null) {
      return own;
    }
    int family = kind.indexOf('_');
    String inherited = family > 0 ? TEXTS.getProperty(kind.substring(0, family) + "." + name) : null;
    return inherited != null ? inherited : fallback;
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = ConsentKinds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
