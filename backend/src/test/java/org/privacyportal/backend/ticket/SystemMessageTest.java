package org.privacyportal.backend.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Messages the portal writes into tickets: a code, parameters, and words for it in every reader's language. */
class SystemMessageTest {

  @Test
  void aRejectionKeepsTheReasonAsAParameterAndReadsInEnglishAsBefore() {
    SystemMessage rejected = SystemMessage.withReason(SystemMessage.GUARDIAN_LINK_REJECTED, "card of another child");

    assertThat(rejected.english()).isEqualTo("Not approved: card of another child");
    assertThat(rejected.paramsJson()).isEqualTo("{\"reason\":\"card of another child\"}");
    assertThat(SystemMessage.paramsFrom(rejected.paramsJson())).isEqualTo(Map.of("reason", "card of another child"));
    assertThat(SystemMessage.of(SystemMessage.DETAILS_APPROVED).paramsJson()).isNull();
    assertThatThrownBy(() -> SystemMessage.of("no.such.code")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyCodeHasWordsInBothLanguagesOfTheFrontendAndTheExport() throws IOException {
    Path root = Path.of("..");
    Path[] bundles = {
        root.resolve("frontend/src/main/resources/vaadin-i18n/translations.properties"),
        root.resolve("frontend/src/main/resources/vaadin-i18n/translations_es.properties"),
        Path.of("src/main/resources/org/privacyportal/backend/export/ExportLabels.properties"),
        Path.of("src/main/resources/org/privacyportal/backend/export/ExportLabels_es.properties")};
    for (Path bundle : bundles) {
      Properties words = load(bundle);
      String prefix = bundle.toString().contains("ExportLabels") ? "message." : "ticket.message.";
      for (String code : SystemMessage.codes()) {
        assertThat(words.getProperty(prefix + code)).as(bundle + " " + code).isNotBlank();
      }
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
