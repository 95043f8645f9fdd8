package org.privacyportal.frontend.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyportal.frontend.i18n.PortalI18NProvider;

/** Messages the portal wrote into a ticket are shown in the reader's language, from their code. */
class TicketMessageTextTest {

  private static final PortalI18NProvider BUNDLES = new PortalI18NProvider();

  /**
   * The codes the backend writes (backend ticket/SystemMessage; its test checks these bundles too).
   */
  private static final List<String> CODES =
      List.of(
          "guardian-link.approved",
          "guardian-link.rejected",
          "details.approved",
          "details.rejected",
          "details.withdrawn",
          "access-log.question-without-message",
          "details.requested",
          "guardian-link.requested",
          "guardian-link.requested-with-message");

  private static TicketMessageText.Words in(Locale language) {
    return (key, params) -> {
      String text = BUNDLES.getTranslation(key, language, params);
      return text.startsWith("!") ? null : text;
    };
  }

  private static Map<String, Object> message(String code, Map<String, String> params) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("authorRole", "STAFF");
    message.put("body", "Not approved: the card does not match");
    message.put("createdAt", "2026-12-01T10:00:00Z");
    message.put("messageCode", code);
    message.put("messageParams", params);
    return message;
  }

  @Test
  void aRejectionReadsInSpanishWithTheReasonAsWritten() {
    Map<Object, Object> shown =
        new LinkedHashMap<>(
            TicketMessageText.inReadersLanguage(
                message("guardian-link.rejected", Map.of("reason", "the card does not match")),
                in(Locale.of("es"))));

    assertThat(shown.get("body")).isEqualTo("No aprobada: the card does not match");
    assertThat(shown)
        .doesNotContainKeys("messageCode", "messageParams")
        .containsKeys("authorRole", "createdAt");
  }

  @Test
  void everyCodeIsTranslatedInBothLanguages() {
    for (String code : CODES) {
      Map<String, String> params = code.endsWith("rejected") ? Map.of("reason", "X") : Map.of();
      Object english =
          TicketMessageText.inReadersLanguage(message(code, params), in(Locale.ENGLISH))
              .get("body");
      Object spanish =
          TicketMessageText.inReadersLanguage(message(code, params), in(Locale.of("es")))
              .get("body");
      assertThat(english)
          .as(code)
          .isNotEqualTo("Not approved: the card does not match")
          .isNotNull();
      assertThat(spanish).as(code).isNotEqualTo(english);
    }
  }

  @Test
  void messagesPeopleWroteAndUnknownCodesKeepTheirBody() {
    Map<String, Object> written =
        new LinkedHashMap<>(Map.of("authorRole", "PATRON", "body", "Who saw my loans?"));
    assertThat(TicketMessageText.inReadersLanguage(written, in(Locale.of("es"))))
        .isEqualTo(written);

    Map<?, ?> unknown =
        TicketMessageText.inReadersLanguage(message("newer.code", Map.of()), in(Locale.of("es")));
    assertThat(unknown.get("body")).isEqualTo("Not approved: the card does not match");
  }

  @Test
  void aDetailChangeRequestReadsInSpanishWithTheFieldsInWords() {
    Map<?, ?> shown =
        TicketMessageText.inReadersLanguage(
            message("details.requested", Map.of("fields", "EMAIL,ADDRESS")), in(Locale.of("es")));

    assertThat(shown.get("body"))
        .isEqualTo(
            "Por favor, cambien estos datos: correo electrónico, dirección"
                + " postal. Los nuevos datos están en la solicitud de cambio, a la espera de la aprobación del personal.");
  }

  @Test
  void aGuardianLinkRequestReadsInSpanishWithWhatThePatronTypedAsWritten() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("minorName", "Tim {message} Doe");
    params.put("minorBirthDate", "2015-03-02");
    params.put("relationship", "LEGAL_GUARDIAN");
    params.put("message", "Please call me");
    Map<?, ?> shown =
        TicketMessageText.inReadersLanguage(
            message("guardian-link.requested-with-message", params),
            in(Locale.of("es")),
            iso -> "[" + iso + "]");

    assertThat(shown.get("body"))
        .isEqualTo(
            "Nombre del menor: Tim {message} Doe\nFecha de nacimiento del menor:"
                + " [2015-03-02]\nNúmero de tarjeta del menor: (no indicado)\nRelación: Tutor legal\nMensaje: Please call me");
  }

  @Test
  void subjectsThePortalWroteReadInSpanishAndOthersStayAsWritten() {
    Map<String, Object> ticket = new LinkedHashMap<>();
    ticket.put(
        "subject",
        "Question about an access to my records on 2026-11-11 14:02: loans, legal process");
    ticket.put("subjectCode", "access-log.question");
    ticket.put(
        "subjectParams",
        Map.of(
            "at",
            "2026-11-11T14:02:00Z",
            "category",
            "loans",
            "ground",
            "LEGAL_PROCESS",
            "legalInstrument",
            "COURT_ORDER"));
    Map<String, Object> shown =
        TicketMessageText.subjectInReadersLanguage(
            ticket, in(Locale.of("es")), iso -> "11 nov 2026, 9:02");

    assertThat(shown.get("subject"))
        .isEqualTo(
            "Pregunta sobre un acceso a mis registros el 11 nov 2026, 9:02:"
                + " Préstamos actuales, Proceso legal (orden judicial)");
    assertThat(shown).doesNotContainKeys("subjectCode", "subjectParams");

    Map<String, Object> fixed =
        new LinkedHashMap<>(
            Map.of("subject", "Update my details", "subjectCode", "details.request"));
    assertThat(
            TicketMessageText.subjectInReadersLanguage(fixed, in(Locale.of("es")), iso -> iso)
                .get("subject"))
        .isEqualTo("Actualizar mis datos");

    Map<String, Object> typed = new LinkedHashMap<>(Map.of("subject", "Lost my umbrella"));
    assertThat(TicketMessageText.subjectInReadersLanguage(typed, in(Locale.of("es")), iso -> iso))
        .isEqualTo(typed);
  }
}
