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

    /** The codes the backend writes (backend ticket/SystemMessage; its test checks these bundles too). */
    private static final List<String> CODES = List.of("guardian-link.approved", "guardian-link.rejected",
            "details.approved", "details.rejected", "details.withdrawn", "access-log.question-without-message");

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
        Map<Object, Object> shown = new LinkedHashMap<>(TicketMessageText.inReadersLanguage(
                message("guardian-link.rejected", Map.of("reason", "the card does not match")), in(Locale.of("es"))));

        assertThat(shown.get("body")).isEqualTo("No aprobada: the card does not match");
        assertThat(shown).doesNotContainKeys("messageCode", "messageParams").containsKeys("authorRole", "createdAt");
    }

    @Test
    void everyCodeIsTranslatedInBothLanguages() {
        for (String code : CODES) {
            Map<String, String> params = code.endsWith("rejected") ? Map.of("reason", "X") : Map.of();
            Object english = TicketMessageText.inReadersLanguage(message(code, params), in(Locale.ENGLISH)).get("body");
            Object spanish = TicketMessageText.inReadersLanguage(message(code, params), in(Locale.of("es"))).get("body");
            assertThat(english).as(code).isNotEqualTo("Not approved: the card does not match").isNotNull();
            assertThat(spanish).as(code).isNotEqualTo(english);
        }
    }

    @Test
    void messagesPeopleWroteAndUnknownCodesKeepTheirBody() {
        Map<String, Object> written = new LinkedHashMap<>(Map.of("authorRole", "PATRON", "body", "Who saw my loans?"));
        assertThat(TicketMessageText.inReadersLanguage(written, in(Locale.of("es")))).isEqualTo(written);

        Map<?, ?> unknown = TicketMessageText.inReadersLanguage(message("newer.code", Map.of()), in(Locale.of("es")));
        assertThat(unknown.get("body")).isEqualTo("Not approved: the card does not match");
    }
}
