package org.privacyportal.frontend.records;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns one JSON value of a record into text for the patron: ISO dates and instants in the page's
 * language (instants in the reader's time zone), numbers with the language's separators, lists and
 * nested objects as one line. Anything else is shown exactly as the backend sent it.
 */
final class ValueFormat {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})");

  private final Locale locale;
  private final ZoneId zone;
  private final Function<Boolean, String> yesNo;

  ValueFormat(Locale locale, ZoneId zone, Function<Boolean, String> yesNo) {
    this.locale = locale;
    this.zone = zone;
    this.yesNo = yesNo;
  }

  String format(Object value) {
    return switch (value) {
      case null -> "";
      case Boolean b -> yesNo.apply(b);
      case Number n -> NumberFormat.getInstance(locale).format(n);
      case String s -> text(s);
      case Map<?, ?> map ->
          map.values().stream()
              .filter(Objects::nonNull)
              .filter(v -> !(v instanceof Map<?, ?> || v instanceof Collection<?>))
              .map(this::format)
              .filter(s -> !s.isBlank())
              .collect(Collectors.joining(", "));
      case Collection<?> list ->
          list.stream()
              .map(this::format)
              .filter(s -> !s.isBlank())
              .collect(
                  Collectors.joining(list.stream().anyMatch(Map.class::isInstance) ? "; " : ", "));
      default -> value.toString();
    };
  }

  /** An amount in the currency's smallest unit (cents), in the language's money format. */
  String money(Number minorUnits, String currency) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    try {
      format.setCurrency(java.util.Currency.getInstance(currency));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return NumberFormat.getInstance(locale).format(minorUnits.longValue() / 100.0)
          + (currency == null ? "" : " " + currency);
    }
    int digits = Math.max(0, format.getCurrency().getDefaultFractionDigits());
    return format.format(minorUnits.longValue() / Math.pow(10, digits));
  }

  private String text(String s) {
    try {
      if (DATE.matcher(s).matches()) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(locale)
            .format(LocalDate.parse(s));
      }
      if (INSTANT.matcher(s).matches()) {
        Instant instant = OffsetDateTime.parse(s).toInstant();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone)
            .format(instant);
      }
    } catch (DateTimeParseException notADate) {
      // looked like a date but is not one: show it as sent
    }
    return s;
  }
}
