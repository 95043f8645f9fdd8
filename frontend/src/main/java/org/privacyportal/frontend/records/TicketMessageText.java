package org.privacyportal.frontend.records;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.privacyportal.frontend.i18n.Translations;

/**
 * A ticket message the portal wrote carries a {@code messageCode} and {@code messageParams}, a
 * subject it wrote a {@code subjectCode} and {@code subjectParams} (docs/problems.md, "Ticket
 * messages written by the portal"): the text is shown in the reader's language from the key {@code
 * ticket.message.<code>} or {@code ticket.subject.<code>}, not the stored English. A rejection's
 * {0} is the reason staff wrote, as written; a named {param} is a code in words ({@code
 * ticket.param.*}, categories, grounds), a date in the reader's format, or what the patron typed,
 * as written. An unknown code keeps the text the backend sent.
 */
final class TicketMessageText {

  static final String CODE = "messageCode";
  static final String PARAMS = "messageParams";
  static final String KEY_PREFIX = "ticket.message.";
  static final String SUBJECT_CODE = "subjectCode";
  static final String SUBJECT_PARAMS = "subjectParams";
  static final String SUBJECT_KEY_PREFIX = "ticket.subject.";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  /** A translation of a key with its parameters, or null when there is none. */
  @FunctionalInterface
  interface Words {
    String translate(String key, Object... params);
  }

  private TicketMessageText() {}

  /**
   * The message as the component's reader sees it; {@code dates} puts an ISO date or instant in
   * their words.
   */
  static Map<?, ?> inReadersLanguage(
      Component component, Map<?, ?> message, UnaryOperator<String> dates) {
    return inReadersLanguage(message, words(component), dates);
  }

  /** A ticket as the component's reader sees it: its subject in their language. */
  static Map<String, Object> subjectInReadersLanguage(
      Component component, Map<String, Object> ticket, UnaryOperator<String> dates) {
    return subjectInReadersLanguage(ticket, words(component), dates);
  }

  private static Words words(Component component) {
    return (key, params) ->
        Translations.orElse(component, key, null) == null
            ? null
            : component.getTranslation(key, params);
  }

  /**
   * The message as shown: the body in the reader's language, without the code and its parameters.
   */
  static Map<?, ?> inReadersLanguage(Map<?, ?> message, Words words) {
    return inReadersLanguage(message, words, UnaryOperator.identity());
  }

  static Map<?, ?> inReadersLanguage(Map<?, ?> message, Words words, UnaryOperator<String> dates) {
    return coded(message, CODE, PARAMS, "body", KEY_PREFIX, words, dates);
  }

  /** The ticket as shown: the subject in the reader's language, without its code and parameters. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> subjectInReadersLanguage(
      Map<String, Object> ticket, Words words, UnaryOperator<String> dates) {
    return (Map<String, Object>)
        coded(ticket, SUBJECT_CODE, SUBJECT_PARAMS, "subject", SUBJECT_KEY_PREFIX, words, dates);
  }

  private static Map<?, ?> coded(
      Map<?, ?> entry,
      String codeField,
      String paramsField,
      String textField,
      String prefix,
      Words words,
      UnaryOperator<String> dates) {
    if (!entry.containsKey(codeField) && !entry.containsKey(paramsField)) {
      return entry;
    }
    Map<Object, Object> shown = new LinkedHashMap<>(entry);
    shown.remove(codeField);
    Object rawParams = shown.remove(paramsField);
    if (entry.get(codeField) instanceof String code) {
      Map<String, String> params = new LinkedHashMap<>();
      if (rawParams instanceof Map<?, ?> map) {
        map.forEach((k, v) -> params.put(String.valueOf(k), v == null ? null : v.toString()));
      }
      String text = text(prefix + code, params, words, dates);
      if (text != null) {
        shown.put(textField, text);
      }
    }
    return shown;
  }

  private static String text(
      String key, Map<String, String> params, Words words, UnaryOperator<String> dates) {
    String reason = params.get("reason");
    if (reason != null) {
      return words.translate(key, reason);
    }
    String template = words.translate(key);
    if (template == null) {
      return null;
    }
    // one pass over the template: what a patron typed is never read as a placeholder
    return PLACEHOLDER
        .matcher(template)
        .replaceAll(match -> Matcher.quoteReplacement(param(match.group(1), params, words, dates)));
  }

  /**
   * One parameter in the reader's words: codes translated, dates formatted, what people typed as
   * written.
   */
  private static String param(
      String name, Map<String, String> params, Words words, UnaryOperator<String> dates) {
    String value = params.get(name);
    if (value == null) {
      return orElse(words, "ticket.param.not-given", "");
    }
    return switch (name) {
      case "fields" ->
          Arrays.stream(value.split(","))
              .map(field -> orElse(words, "ticket.param.field." + field, field))
              .collect(Collectors.joining(", "));
      case "relationship" -> orElse(words, "ticket.param.relationship." + value, value);
      case "category" -> orElse(words, "category." + value, value);
      case "ground" ->
          orElse(words, "value.ground." + value, value)
              + (params.get("legalInstrument") instanceof String instrument
                  ? " (" + orElse(words, "ticket.param.instrument." + instrument, instrument) + ")"
                  : "");
      case "at", "minorBirthDate" -> dates.apply(value);
      default -> value;
    };
  }

  private static String orElse(Words words, String key, String fallback) {
    String text = words.translate(key);
    return text == null ? fallback : text;
  }
}
