package org.privacyportal.frontend.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class LanguagesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es                          | es",
        "es-MX                       | es",
        "es-419,es;q=0.9,en;q=0.8    | es",
        "en-US,en;q=0.9              | en",
        "en-GB,es;q=0.5              | en",
        "fr-FR,fr;q=0.9              | en",
        "fr-FR,es;q=0.7              | es",
        "de,en;q=0.3,es;q=0.9        | es",
        "*                           | en",
        "not a language header;;;    | en",
      })
  void picksTheLanguageFromAcceptLanguage(String header, String expected) {
    assertThat(Languages.fromAcceptLanguage(header).getLanguage()).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void defaultsToEnglish(String header) {
    assertThat(Languages.fromAcceptLanguage(header)).isEqualTo(Languages.ENGLISH);
  }

  @ParameterizedTest
  @CsvSource({"es_ES, es", "es_MX, es", "en_US, en", "fr_FR, en", "pt_BR, en"})
  void htmlLangIsASupportedLanguage(String locale, String expected) {
    assertThat(Languages.htmlLang(Locale.forLanguageTag(locale.replace('_', '-'))))
        .isEqualTo(expected);
  }
}
