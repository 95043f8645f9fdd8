package org.privacyportal.backend.export;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.privacyportal.backend.vocabulary.Category;

/** The readable PDF's words in English or Spanish (ExportLabels*.properties next to this class). */
final class ExportLabels {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private final ResourceBundle bundle;
  private final Locale locale;

  ExportLabels(Locale locale) {
    this.locale = locale;
    // no fallback to the JVM's default locale: English is the base bundle whatever the server runs
    // in
    this.bundle =
        ResourceBundle.getBundle(
            ExportLabels.class.getName(),
            locale,
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
   * staff wrote, or what the patron typed, as written), else {@code body} as stored.
   *
   * @param dates an ISO date or instant in the archive's words
   */
  String message(
      String code, Map<String, String> params, String body, UnaryOperator<String> dates) {
    return coded("message.", code, params, body, dates);
  }

  /**
   * A ticket's subject in the archive's language: one the portal wrote by its code, else as stored.
   */
  String subject(
      String code, Map<String, String> params, String subject, UnaryOperator<String> dates) {
    return coded("subject.", code, params, subject, dates);
  }

  private String coded(
      String prefix,
      String code,
      Map<String, String> params,
      String stored,
      UnaryOperator<String> dates) {
    if (code == null || !bundle.containsKey(prefix + code)) {
      return stored;
    }
    String reason = params.get("reason");
    if (reason != null) {
      return text(prefix + code, reason);
    }
    // named placeholders, filled in one pass: what a patron typed is never read as one
    return PLACEHOLDER
        .matcher(bundle.getString(prefix + code))
        .replaceAll(match -> Matcher.quoteReplacement(param(match.group(1), params, dates)));
  }

  /** One parameter in words: codes translated, dates localized, what people typed as written. */
  private String param(String name, Map<String, String> params, UnaryOperator<String> dates) {
    String value = params.get(name);
    if (value == null) {
      return text("ticket.not-given");
    }
    return switch (name) {
      case "fields" ->
          Arrays.stream(value.split(","))
              .map(f -> optional("ticket.field." + f, f))
              .collect(Collectors.joining(", "));
      case "relationship" -> optional("ticket.relationship." + value, value);
      case "category" -> Category.fromWireName(value).map(this::category).orElse(value);
      case "ground" ->
          value(value)
              + (params.containsKey("legalInstrument")
                  ? " ("
                      + optional(
                          "ticket.instrument." + params.get("legalInstrument"),
                          params.get("legalInstrument"))
                      + ")"
                  : "");
      case "at", "minorBirthDate" -> dates.apply(value);
      default -> value;
    };
  }

  private String optional(String key, String fallback) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
