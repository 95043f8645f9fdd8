package org.privacyportal.frontend.authorization;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.privacyportal.frontend.i18n.Languages;
import org.privacyportal.frontend.i18n.ReaderTimeZone;
import org.privacyportal.frontend.i18n.Translations;

/** How the pages of this feature say a status, a period, categories and a date. */
final class Words {

  /** The categories a patron may authorize in the form's list; reading history has its own box. */
  static final List<String> CATEGORIES =
      List.of("profile", "loans", "holds", "fines", "online_services", "reference", "events");

  static final String READING_HISTORY = "loan_history";

  /** Statuses in which an authorization can still be revoked. */
  static boolean revocable(String status) {
    return "ACTIVE".equals(status) || "SCHEDULED".equals(status);
  }

  private Words() {}

  static String status(Component page, String status) {
    return Translations.orElse(page, "authorization.status." + status, status);
  }

  static String categories(Component page, List<String> categories) {
    return categories.stream()
        .map(category -> Translations.value(page, "categories", category))
        .collect(Collectors.joining(", "));
  }

  static String date(Component page, LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
  }

  static String dateTime(Component page, Instant instant) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(locale())
        .withZone(zone())
        .format(instant);
  }

  static String period(Component page, LocalDate from, LocalDate until) {
    return page.getTranslation("authorization.period", date(page, from), date(page, until));
  }

  /** "en" or "es": the backend writes the text and the PDF in the portal's languages. */
  static String language(Locale locale) {
    return Languages.supported(locale).getLanguage();
  }

  /** The UI's language (a component's own getter is not public). */
  private static Locale locale() {
    UI ui = UI.getCurrent();
    return ui != null ? ui.getLocale() : Languages.ENGLISH;
  }

  private static ZoneId zone() {
    return ReaderTimeZone.current();
  }
}
