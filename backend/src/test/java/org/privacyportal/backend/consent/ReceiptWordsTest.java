package org.privacyportal.backend.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyportal.backend.http.Language;

/** The receipt's words exist in both languages, key for key, placeholders kept. */
class ReceiptWordsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {ConsentKinds.RESOURCE, ReceiptWords.RESOURCE})
  void everyKeyIsInBothLanguagesWithTheSamePlaceholders(String resource) {
    Properties english = ConsentKinds.load(resource + ".properties");
    Properties spanish = ConsentKinds.load(resource + "_es.properties");

    assertThat(english).isNotEmpty();
    assertThat(spanish.stringPropertyNames())
        .as("keys of %s_es", resource)
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertThat(spanish.getProperty(key)).as(key).isNotBlank();
      assertThat(placeholders(spanish.getProperty(key)))
          .as("placeholders of " + key)
          .isEqualTo(placeholders(english.getProperty(key)));
    }
  }

  @Test
  void theStatuteIsNamedInBothLanguages() {
    for (Language language : Language.values()) {
      ConsentKinds.Description reading =
          ConsentKinds.describe("READING_HISTORY", "K.S.A. 45-221", language);
      assertThat(reading.spiCat())
          .singleElement()
          .asString()
          .contains("K.S.A. 45-221")
          .doesNotContain("{statute}");
    }
  }

  @Test
  void aKindWithoutItsOwnWordsTakesItsFamilysThenTheGenericOnesInTheReadersLanguage() {
    ConsentKinds.Description sms =
        ConsentKinds.describe("SMS_SOMETHING_NEW", "x", Language.SPANISH);
    assertThat(sms.service()).isEqualTo("Avisos por mensaje de texto");
    assertThat(sms.purpose())
        .isEqualTo("Enviarle por mensaje de texto los avisos que eligió (nunca publicidad)");

    ConsentKinds.Description unknown =
        ConsentKinds.describe("LOCKER_PICKUP", "x", Language.SPANISH);
    assertThat(unknown.service()).isEqualTo("locker pickup");
    assertThat(unknown.purpose()).isEqualTo("La opción «locker pickup»");
    assertThat(unknown.termination()).isEqualTo("Hasta que usted cambie esta elección");
    assertThat(unknown.sensitive()).isFalse();
    assertThat(ConsentKinds.describe("LOCKER_PICKUP", "x", Language.ENGLISH).purpose())
        .isEqualTo("The opt-in \"locker pickup\"");
  }

  @Test
  void statesActorsAndMethodsInWords() {
    ReceiptWords es = ReceiptWords.of(Language.SPANISH);
    assertThat(es.state("READING_HISTORY", true)).isEqualTo("Activado (consentimiento dado)");
    assertThat(es.state("POLICY", false)).isEqualTo("No aceptada");
    assertThat(es.collectionMethod("DESK"))
        .isEqualTo("En persona, en el mostrador de la biblioteca");
    assertThat(es.collectionMethod("CARRIER_PIGEON"))
        .isEqualTo("CARRIER_PIGEON"); // a new channel: its code
    LedgerEntry byGuardian =
        new LedgerEntry(
            "id",
            "SMS",
            false,
            true,
            "GUARDIAN",
            "Ana Ruiz",
            false,
            "v",
            "PORTAL",
            java.time.Instant.parse("2026-11-23T22:05:00Z"));
    assertThat(es.actor(byGuardian)).isEqualTo("Tutor: Ana Ruiz");
    assertThat(ReceiptWords.of(Language.ENGLISH).actor(byGuardian)).isEqualTo("Guardian: Ana Ruiz");
    assertThat(
            es.when()
                .format(byGuardian.recordedAt().atZone(java.time.ZoneId.of("America/Chicago"))))
        .startsWith("23 de noviembre de 2026, 16:05");
  }

  /** {statute}, {kind}, {0}, {1}: what the code fills in. */
  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = Pattern.compile("\\{[a-z0-9]+}").matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
