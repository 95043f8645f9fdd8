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

/**
 * Messages the portal writes into tickets: a code, parameters, and words for it in every reader's
 * language.
 */
class SystemMessageTest {

  @Test
  void aRejectionKeepsTheReasonAsAParameterAndReadsInEnglishAsBefore() {
    SystemMessage rejected =
        SystemMessage.withReason(SystemMessage.GUARDIAN_LINK_REJECTED, "card of another child");

    assertThat(rejected.english()).isEqualTo("Not approved: card of another child");
    assertThat(rejected.paramsJson()).isEqualTo("{\"reason\":\"card of another child\"}");
    assertThat(SystemMessage.paramsFrom(rejected.paramsJson()))
        .isEqualTo(Map.of("reason", "card of another child"));
    assertThat(SystemMessage.of(SystemMessage.DETAILS_APPROVED).paramsJson()).isNull();
    assertThatThrownBy(() -> SystemMessage.of("no.such.code"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyCodeHasWordsInBothLanguagesOfTheFrontendAndTheExport() throws IOException {
    Path root = Path.of("..");
    Path[] bundles = {
      root.resolve("frontend/src/main/resources/vaadin-i18n/translations.properties"),
      root.resolve("frontend/src/main/resources/vaadin-i18n/translations_es.properties"),
      Path.of("src/main/resources/org/privacyportal/backend/export/ExportLabels.properties"),
      Path.of("src/main/resources/org/privacyportal/backend/export/ExportLabels_es.properties")
    };
    for (Path bundle : bundles) {
      Properties words = load(bundle);
      String prefix = bundle.toString().contains("ExportLabels") ? "message." : "ticket.message.";
      for (String code : SystemMessage.codes()) {
        assertThat(words.getProperty(prefix + code)).as(bundle + " " + code).isNotBlank();
      }
      String subjectPrefix =
          bundle.toString().contains("ExportLabels") ? "subject." : "ticket.subject.";
      for (String code : TicketSubject.codes()) {
        assertThat(words.getProperty(subjectPrefix + code)).as(bundle + " " + code).isNotBlank();
      }
    }
  }

  @Test
  void theFirstMessagesThePortalComposesKeepTheirEnglishAndStoreWhatWasTypedAsWritten() {
    SystemMessage details =
        new SystemMessage(SystemMessage.DETAILS_REQUESTED, Map.of("fields", "EMAIL,ADDRESS"));
    assertThat(details.english())
        .isEqualTo(
            "Please change my e-mail address, postal address. The new values are in"
                + " the change request, waiting for staff approval.");

    SystemMessage link =
        new SystemMessage(
            SystemMessage.GUARDIAN_LINK_REQUESTED,
            Map.of(
                "minorName",
                "Ana {relationship}",
                "minorBirthDate",
                "2016-04-05",
                "relationship",
                "PARENT"));
    assertThat(link.english())
        .isEqualTo(
            "Child's name: Ana {relationship}\nChild's birth date: 2016-04-05\n"
                + "Child's card number: (not given)\nRelationship: PARENT");
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
