package org.privacyportal.frontend.records;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.privacyportal.frontend.i18n.Translations;

/**
 * One entry of a category as a card (a list item): its name as a heading, then every field the
 * backend sent, labelled. A card rather than a table row, so that it reads well on a 360 px phone.
 */
final class RecordItem extends ListItem {

    /** Fields that name the entry, in order of preference; the first one present is the heading. */
    private static final List<String> NAMES = List.of(
            "title", "eventName", "subject", "platform", "granteeName", "topic", "consent", "description",
            "category");

    /** Fields that mean nothing to a patron, or are shown together with another one. */
    private static final List<String> HIDDEN = List.of("id", "currency");

    /** @param index the item's place on the page, from 0: ids must be unique, so tests find items by class */
    RecordItem(int index, Map<String, Object> item, ValueFormat format, UnaryOperator<String> label) {
        setId("record-item-" + index);
        addClassNames("record-item", "portal-record");
        String nameField = NAMES.stream().filter(f -> item.get(f) instanceof String s && !s.isBlank())
                .findFirst().orElse(null);
        if (nameField != null) {
            var heading = new H2(format.format(inWords(nameField, item.get(nameField))));
            heading.addClassName("portal-record-name");
            add(heading);
        }
        var fields = new DescriptionList();
        fields.addClassName("portal-details");
        item.forEach((field, value) -> {
            if (field.equals(nameField) || HIDDEN.contains(field) || value == null) {
                return;
            }
            String text = field.equals("amountCents") && value instanceof Number cents
                    ? format.money(cents, item.get("currency") instanceof String c ? c : null)
                    : format.format(inWords(field, value));
            if (!text.isBlank()) {
                fields.add(new DescriptionList.Term(label.apply(field)), new DescriptionList.Description(text));
            }
        });
        add(fields);
    }

    /** Codes (BOOK, OVERDUE, ...) and category names in the page's language; other values as they are. */
    private Object inWords(String field, Object value) {
        return switch (value) {
            case String code -> Translations.value(this, field, code);
            case List<?> list -> list.stream().map(v -> switch (v) {
                case String s -> Translations.value(this, field, s);
                case Map<?, ?> message -> TicketMessageText.inReadersLanguage(this, message);
                default -> v;
            }).toList();
            default -> value;
        };
    }
}
