package org.privacyportal.frontend.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain words of an entry, from the real bundles, in English and Spanish. */
class EntryWordingTest {

  private static final Instant AT = Instant.parse("2026-11-11T20:02:00Z");

  private static AccessLogEntry entry(
      String category,
      String ground,
      String role,
      String name,
      String reason,
      String instrument,
      String grantee) {
    return new AccessLogEntry(
        "e1", AT, category, ground, role, name, null, reason, instrument, grantee, null);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
            GUARDIAN              | PATRON   | Grace Okafor | -       | -           | -           | Grace Okafor, your guardian           | Your guardian
            WRITTEN_AUTHORIZATION | PATRON   | Theo Grant   | -       | -           | Theo Grant  | Theo Grant, a person you authorized   | Written authorization you gave to Theo Grant
            WRITTEN_AUTHORIZATION | STAFF    | Sam Porter   | -       | -           | Minh Nguyen | Sam Porter, library staff             | Written authorization you gave to Minh Nguyen
            LIBRARY_BUSINESS      | STAFF    | -            | LOST_CARD | -         | -           | Library staff                         | Library business at the desk: a lost or damaged library card
            LIBRARY_BUSINESS      | STAFF    | -            | FINES_PAYMENT | -     | -           | Library staff                         | Library business at the desk: paying or discussing fines and fees
            LIBRARY_BUSINESS      | STAFF    | -            | Lost card | -         | -           | Library staff                         | Library business at the desk: Lost card
            LIBRARY_BUSINESS      | DIRECTOR | Diane Marsh  | -       | -           | -           | Diane Marsh, library director         | Library business: working on one of your tickets
            LEGAL_PROCESS         | DIRECTOR | -            | -       | COURT_ORDER | -           | Library director                      | Court order
            LEGAL_PROCESS         | DIRECTOR | -            | -       | INCIDENT    | -           | Library director                      | Incident on library premises, reported to law enforcement
            LEGAL_PROCESS         | DIRECTOR | -            | -       | NEW_KIND    | -           | Library director                      | Legal process
            """)
  void whoAndOnWhatGroundInEnglish(
      String ground,
      String role,
      String name,
      String reason,
      String instrument,
      String grantee,
      String who,
      String why)
      throws IOException {
    EntryWording wording = wording("", Locale.US);
    AccessLogEntry entry = entry("loans", ground, role, name, reason, instrument, grantee);

    assertThat(wording.who(entry)).isEqualTo(who);
    assertThat(wording.ground(entry)).isEqualTo(why);
    assertThat(wording.records(entry)).isEqualTo("Current loans");
  }

  @Test
  void spanishAndTheReadersTimeZone() throws IOException {
    EntryWording wording = wording("_es", Locale.forLanguageTag("es-ES"));
    AccessLogEntry entry =
        entry("holds", "LIBRARY_BUSINESS", "STAFF", "Sam Porter", "HOLD_PICKUP", null, null);

    assertThat(wording.who(entry)).isEqualTo("Sam Porter, personal de la biblioteca");
    assertThat(wording.ground(entry))
        .isEqualTo("Gestión de la biblioteca en el mostrador: recogida o consulta de una reserva");
    assertThat(wording.records(entry)).isEqualTo("Reservas y solicitudes");
    assertThat(wording.when(AT))
        .contains("2026")
        .contains("14:02"); // 20:02 UTC is 14:02 in Chicago
  }

  @Test
  void aCategoryNewerThanThePageShowsAsItCame() throws IOException {
    AccessLogEntry entry = entry("new_category", "SOMETHING_NEW", "ROBOT", null, null, null, null);
    EntryWording wording = wording("", Locale.US);

    assertThat(wording.records(entry)).isEqualTo("new_category");
    assertThat(wording.ground(entry)).isEqualTo("SOMETHING_NEW");
    assertThat(wording.who(entry)).isEqualTo("ROBOT");
  }

  /** Translations as Vaadin's provider gives them: both bundles, "!key" when missing. */
  private static EntryWording wording(String suffix, Locale locale) throws IOException {
    Properties bundles = new Properties();
    for (String bundle : new String[] {"accesslog", "translations"}) {
      try (Reader reader =
          new InputStreamReader(
              EntryWordingTest.class.getResourceAsStream(
                  "/vaadin-i18n/" + bundle + suffix + ".properties"),
              StandardCharsets.UTF_8)) {
        bundles.load(reader);
      }
    }
    return new EntryWording(
        (key, params) -> {
          String pattern = bundles.getProperty(key);
          return pattern == null ? "!" + key : new MessageFormat(pattern, locale).format(params);
        },
        locale,
        ZoneId.of("America/Chicago"));
  }
}
