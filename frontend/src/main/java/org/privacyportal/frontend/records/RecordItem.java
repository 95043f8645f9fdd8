package org.privacyportal.frontend.records;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.privacyportal.frontend.i18n.Translations;

/**
 * One entry of a category as a card (a list item): its name as a heading, then every field the
 * backend sent, labelled. A card rather than a table row, so that it reads well on a 360 px phone.
 * An entry whose name the library did not keep ({@link NotKept}) is headed by what it is instead.
 */
final class RecordItem extends ListItem {

  /** Fields that name the entry, in order of preference; the first one present is the heading. */
  private static final List<String> NAMES =
      List.of(
          "title",
          "eventName",
          "subject",
          "platform",
          "granteeName",
          "topic",
          "consent",
          "description",
          "category");

  /** Fields that mean nothing to a patron, or are shown together with another one. */
  private static final List<String> HIDDEN = List.of("id", "currency");

  /**
   * The page's words: (key, fallback) to the translation, or the fallback when the bundles lack the
   * key.
   */
  private final transient BinaryOperator<String> words;

  private final transient ValueFormat format;

  /**
   * @param index the item's place on the page, from 0: ids must be unique, so tests find items by
   *     class
   * @param category the category the item belongs to ({@code holds}, ...)
   */
  RecordItem(
      int index,
      String category,
      Map<String, Object> shownItem,
      ValueFormat format,
      BinaryOperator<String> words) {
    this.words = words;
    this.format = format;
    // a subject the portal wrote (a ticket's) in the reader's language
    Map<String, Object> item =
        TicketMessageText.subjectInReadersLanguage(this, shownItem, format::format);
    setId("record-item-" + index);
    addClassNames("record-item", "portal-record");
    String nameField =
        NAMES.stream()
            .filter(f -> item.get(f) instanceof String s && !s.isBlank())
            .findFirst()
            .orElse(null);
    String name =
        nameField != null
            ? format.format(inWords(nameField, item.get(nameField)))
            : NotKept.of(category, item).map(kind -> words.apply(kind.headingKey, "")).orElse("");
    if (!name.isBlank()) {
      var heading = new H2(name);
      heading.addClassName("portal-record-name");
      add(heading);
    }
    var fields = new DescriptionList();
    fields.addClassName("portal-details");
    item.forEach(
        (field, value) -> {
          if (field.equals(nameField) || HIDDEN.contains(field) || value == null) {
            return;
          }
          String text =
              field.equals("amountCents") && value instanceof Number cents
                  ? format.money(cents, item.get("currency") instanceof String c ? c : null)
                  : format.format(inWords(field, value));
          if (!text.isBlank()) {
            fields.add(
                new DescriptionList.Term(words.apply("field." + field, field)),
                new DescriptionList.Description(text));
          }
        });
    add(fields);
  }

  /**
   * Codes (BOOK, OVERDUE, ...) and category names in the page's language; other values as they are.
   */
  private Object inWords(String field, Object value) {
    return switch (value) {
      case String code -> Translations.value(words, field, code);
      case List<?> list ->
          list.stream()
              .map(
                  v ->
                      switch (v) {
                        case String s -> Translations.value(words, field, s);
                        case Map<?, ?> message ->
                            TicketMessageText.inReadersLanguage(this, message, format::format);
                        default -> v;
                      })
              .toList();
      default -> value;
    };
  }
}
