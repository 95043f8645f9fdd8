package org.privacyportal.frontend.records;

import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.Map;
import org.privacyportal.frontend.i18n.Translations;

/**
 * A ticket message the portal wrote carries a {@code messageCode} and {@code messageParams}
 * (docs/problems.md, "Ticket messages written by the portal"): its text is shown in the reader's
 * language from the key {@code ticket.message.<code>} ({0}: the reason staff wrote, as written), not
 * the stored English body. An unknown code keeps the body the backend sent.
 */
final class TicketMessageText {

    static final String CODE = "messageCode";
    static final String PARAMS = "messageParams";
    static final String KEY_PREFIX = "ticket.message.";

    /** A translation of a key with its parameters, or null when there is none. */
    @FunctionalInterface
    interface Words {
        String translate(String key, Object... params);
    }

    private TicketMessageText() {
    }

    /** The message as the component's reader sees it. */
    static Map<?, ?> inReadersLanguage(Component component, Map<?, ?> message) {
        return inReadersLanguage(message, (key, params) -> Translations.orElse(component, key, null) == null ? null
                : component.getTranslation(key, params));
    }

    /** The message as shown: the body in the reader's language, without the code and its parameters. */
    static Map<?, ?> inReadersLanguage(Map<?, ?> message, Words words) {
        if (!message.containsKey(CODE) && !message.containsKey(PARAMS)) {
            return message;
        }
        Map<Object, Object> shown = new LinkedHashMap<>(message);
        shown.remove(CODE);
        Object params = shown.remove(PARAMS);
        if (message.get(CODE) instanceof String code) {
            Object reason = params instanceof Map<?, ?> map ? map.get("reason") : null;
            String text = reason == null ? words.translate(KEY_PREFIX + code)
                    : words.translate(KEY_PREFIX + code, reason.toString());
            if (text != null) {
                shown.put("body", text);
            }
        }
        return shown;
    }
}
