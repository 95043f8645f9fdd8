package org.privacyportal.frontend.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A changed policy line as the page shows it: which words changed, said in words as well as by
 * style.
 */
class ChangeLineTest {

  private static final ResourceBundle ENGLISH = bundle(Locale.ROOT);
  private static final ResourceBundle SPANISH = bundle(Locale.of("es"));

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "vaadin-i18n.policy",
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static PolicyState.Change edited(String type, PolicyState.Segment... words) {
    return new PolicyState.Change(
        type,
        String.join("", Stream.of(words).map(PolicyState.Segment::text).toList()),
        List.of(words));
  }

  private static PolicyState.Segment piece(String type, String text) {
    return new PolicyState.Segment(type, text);
  }

  @Test
  void anEditedLineMarksTheAddedWordsWithInsAndSaysWhereTheyStartAndEnd() {
    ListItem item =
        ChangeLine.of(
            edited(
                "ADDED",
                piece("UNCHANGED", "Kept for "),
                piece("ADDED", "fourteen"),
                piece("UNCHANGED", " days.")),
            ENGLISH::getString);

    assertThat(item.getClassNames()).contains("policy-added", "policy-edited");
    assertThat(item.getElement().getTextRecursively())
        .isEqualTo("Now: Kept for added: fourteen (end of addition) days.");
    Element ins = only(item, "ins");
    assertThat(ins.getClassList()).contains("policy-word-added");
    assertThat(ins.getChild(0).getClassList()).contains("policy-sr-only");
    assertThat(ins.getChild(1).getTextRecursively()).isEqualTo("fourteen");
    assertThat(tags(item)).doesNotContain("del");
  }

  @Test
  void theOldSideOfAnEditMarksTheRemovedWordsWithDelInSpanish() {
    ListItem item =
        ChangeLine.of(
            edited(
                "REMOVED",
                piece("UNCHANGED", "Se guardan "),
                piece("REMOVED", "treinta"),
                piece("UNCHANGED", " días.")),
            SPANISH::getString);

    assertThat(item.getClassNames()).contains("policy-removed", "policy-edited");
    assertThat(item.getElement().getTextRecursively())
        .isEqualTo("Antes: Se guardan eliminado: treinta (fin de lo eliminado) días.");
    assertThat(only(item, "del").getClassList()).contains("policy-word-removed");
    assertThat(tags(item)).doesNotContain("ins");
  }

  @Test
  void aWholeLineAddedOrRemovedHasNoWordMarks() {
    ListItem added =
        ChangeLine.of(
            new PolicyState.Change("ADDED", "A new paragraph.", null), ENGLISH::getString);
    ListItem removed =
        ChangeLine.of(
            new PolicyState.Change("REMOVED", "An old one.", List.of()), SPANISH::getString);

    assertThat(added.getElement().getTextRecursively()).isEqualTo("Added: A new paragraph.");
    assertThat(added.getClassNames()).contains("policy-added").doesNotContain("policy-edited");
    assertThat(removed.getElement().getTextRecursively()).isEqualTo("Eliminado: An old one.");
    assertThat(tags(added)).doesNotContain("ins", "del");
    assertThat(tags(removed)).doesNotContain("ins", "del");
  }

  private static Element only(ListItem item, String tag) {
    List<Element> found =
        item.getElement()
            .getChildren()
            .filter(e -> !e.isTextNode() && tag.equals(e.getTag()))
            .toList();
    assertThat(found).hasSize(1);
    return found.getFirst();
  }

  private static List<String> tags(ListItem item) {
    return item.getElement()
        .getChildren()
        .filter(e -> !e.isTextNode())
        .map(Element::getTag)
        .toList();
  }
}
