package org.privacyportal.frontend.policy;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.function.Function;

/**
 * One changed line of the policy as a list item. A whole line added or removed reads "Added: …" or
 * "Removed: …" (struck through when removed). A line that edits one on the other side reads
 * "Before: …" and "Now: …" with the changed words in {@code <del>} (struck through) and {@code
 * <ins>} (underlined), so the change shows without colour; screen readers, which mostly do not
 * announce those elements, hear words that say where each change starts and ends (visually hidden).
 */
final class ChangeLine {

  private ChangeLine() {}

  /**
   * @param words the page's translations (key → text)
   */
  static ListItem of(PolicyState.Change change, Function<String, String> words) {
    boolean added = change.added();
    String labelKey =
        change.edited()
            ? (added ? "policy.changes.now" : "policy.changes.before")
            : (added ? "policy.changes.added" : "policy.changes.removed");
    var label = new Span(words.apply(labelKey));
    label.addClassName("policy-change-label");
    var item = new ListItem(label, new Text(" "));
    item.addClassName(added ? "policy-added" : "policy-removed");
    if (!change.edited()) {
      item.add(new Span(change.text()));
      return item;
    }
    item.addClassName("policy-edited");
    for (PolicyState.Segment segment : change.words()) {
      switch (segment.type()) {
        case "ADDED" ->
            item.getElement()
                .appendChild(
                    mark(
                        "ins",
                        "policy-word-added",
                        segment.text(),
                        words.apply("policy.changes.word-added.start"),
                        words.apply("policy.changes.word-added.end")));
        case "REMOVED" ->
            item.getElement()
                .appendChild(
                    mark(
                        "del",
                        "policy-word-removed",
                        segment.text(),
                        words.apply("policy.changes.word-removed.start"),
                        words.apply("policy.changes.word-removed.end")));
        default -> item.add(new Text(segment.text()));
      }
    }
    return item;
  }

  /** The words in {@code tag}, between hidden words that say where the change starts and ends. */
  private static Element mark(String tag, String className, String text, String start, String end) {
    var mark = new Element(tag);
    mark.getClassList().add(className);
    // spaces inside the hidden words: a screen reader must not run them into the text
    mark.appendChild(hidden(start + " "));
    mark.appendChild(Element.createText(text));
    mark.appendChild(hidden(" " + end));
    return mark;
  }

  private static Element hidden(String text) {
    var span = new Element("span");
    span.getClassList().add("policy-sr-only");
    span.setText(text);
    return span;
  }
}
