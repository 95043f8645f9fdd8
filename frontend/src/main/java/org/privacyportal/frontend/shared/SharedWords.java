package org.privacyportal.frontend.shared;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.privacyportal.frontend.i18n.ReaderTimeZone;
import org.privacyportal.frontend.i18n.Translations;

/** The words "Shared with me" shows for an authorization: its end, its categories. */
final class SharedWords {

  private SharedWords() {}

  /** The last date the authorization opens the records, and its end at the majority if earlier. */
  static String until(Component page, Locale locale, SharedClient.SharedWithMe shared) {
    var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    if (shared.endsAtMajority() != null) {
      return page.getTranslation("shared.until-majority", format.format(shared.endsAtMajority()));
    }
    return shared.validUntil() == null
        ? ""
        : format.format(shared.validUntil().atZone(ReaderTimeZone.current()));
  }

  /** A category's name as a reader of someone else's records sees it. */
  static String category(Component page, String category) {
    return Translations.orElse(page, "category-of-others." + category, category);
  }
}
