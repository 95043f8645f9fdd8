package org.privacyportal.frontend.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The cards of a category, with the real bundles: an entry whose name is reading history the
 * library did not keep (the backend sends null) is still headed, in the same heading as every other
 * card.
 */
class RecordItemTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Test
  void anEndedHoldWithoutItsTitleIsHeadedAsAHoldWhoseTitleWasNotKept() throws IOException {
    Map<String, Object> hold = hold("FULFILLED", null, null);

    RecordItem english = card("", Locale.ENGLISH, "holds", hold);
    assertThat(heading(english)).isEqualTo("Hold (title not kept)");
    assertThat(terms(english))
        .contains("Status", "Pickup branch")
        .doesNotContain("Title", "Author");
    assertThat(descriptions(english)).contains("Picked up");

    assertThat(heading(card("_es", Locale.of("es"), "holds", hold)))
        .isEqualTo("Reserva (título no conservado)");
  }

  @Test
  void aHoldWithItsTitleIsHeadedByTheTitle() throws IOException {
    RecordItem card =
        card("", Locale.ENGLISH, "holds", hold("WAITING", "The Overstory", "Richard Powers"));

    assertThat(heading(card)).isEqualTo("The Overstory");
    assertThat(terms(card)).contains("Author").doesNotContain("Title");
  }

  @Test
  void aReferenceQuestionWithoutItsTopicIsHeadedAsOneWhoseTopicWasNotKept() throws IOException {
    Map<String, Object> question = new HashMap<>();
    question.put("id", "r1");
    question.put("consultedAt", "2026-03-05T15:00:00Z");
    question.put("channel", "PHONE");
    question.put("topic", null);
    question.put("branch", "Central");

    RecordItem english = card("", Locale.ENGLISH, "reference", question);
    assertThat(heading(english)).isEqualTo("Reference question (topic not kept)");
    assertThat(terms(english)).doesNotContain("Topic");
    assertThat(heading(card("_es", Locale.of("es"), "reference", question)))
        .isEqualTo("Consulta de referencia (tema no conservado)");
  }

  @Test
  void anOnlineServiceUseWithoutItsDetailIsHeadedByItsService() throws IOException {
    Map<String, Object> use = new HashMap<>();
    use.put("id", "o1");
    use.put("platform", "Libby");
    use.put("kind", "EBOOK");
    use.put("usedAt", "2026-03-05T15:00:00Z");
    use.put("detail", null);

    RecordItem card = card("", Locale.ENGLISH, "online_services", use);
    assertThat(heading(card)).isEqualTo("Libby");
    assertThat(terms(card)).doesNotContain("Detail");
    assertThat(NotKept.note("online_services", List.of(use))).isEmpty();
  }

  @Test
  void aPageSaysOnceWhyTitlesOrTopicsAreMissing() throws IOException {
    Properties english = bundle("");
    Map<String, Object> ended = hold("CANCELLED", null, null);
    Map<String, Object> active = hold("READY", "Piranesi", "Susanna Clarke");

    assertThat(NotKept.note("holds", List.of(active, ended)).map(english::getProperty))
        .contains(
            "When reading history is off, the library does not keep the titles of holds that have ended.");
    assertThat(NotKept.note("holds", List.of(active))).isEmpty();
    assertThat(
            NotKept.note("reference", List.of(Map.of("id", "r1", "channel", "EMAIL")))
                .map(bundle("_es")::getProperty))
        .contains(
            "Cuando el historial de lectura está desactivado, la biblioteca no conserva los temas de las "
                + "consultas de referencia.");
  }

  private static Map<String, Object> hold(String status, String title, String author) {
    Map<String, Object> hold = new HashMap<>();
    hold.put("id", "h1");
    hold.put("title", title);
    hold.put("author", author);
    hold.put("format", "BOOK");
    hold.put("pickupBranch", "Central");
    hold.put("placedAt", "2026-03-01T15:00:00Z");
    hold.put("status", status);
    return hold;
  }

  private static RecordItem card(
      String suffix, Locale locale, String category, Map<String, Object> item) throws IOException {
    Properties bundle = bundle(suffix);
    BinaryOperator<String> words = (key, fallback) -> bundle.getProperty(key, fallback);
    var format =
        new ValueFormat(
            locale, CHICAGO, yes -> bundle.getProperty(yes ? "records.yes" : "records.no"));
    return new RecordItem(0, category, item, format, words);
  }

  /**
   * The card's heading: its first child, an h2 like every other card's, which screen readers list.
   */
  private static String heading(RecordItem card) {
    Component first = card.getChildren().findFirst().orElseThrow();
    assertThat(first).isInstanceOf(H2.class);
    assertThat(first.getClassNames()).contains("portal-record-name");
    return ((H2) first).getText();
  }

  private static List<String> terms(RecordItem card) {
    return texts(card, DescriptionList.Term.class);
  }

  private static List<String> descriptions(RecordItem card) {
    return texts(card, DescriptionList.Description.class);
  }

  private static List<String> texts(RecordItem card, Class<? extends HasText> kind) {
    return card.getChildren()
        .filter(DescriptionList.class::isInstance)
        .flatMap(Component::getChildren)
        .filter(kind::isInstance)
        .map(kind::cast)
        .map(HasText::getText)
        .toList();
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties bundle = new Properties();
    try (Reader reader =
        new InputStreamReader(
            RecordItemTest.class.getResourceAsStream(
                "/vaadin-i18n/translations" + suffix + ".properties"),
            StandardCharsets.UTF_8)) {
      bundle.load(reader);
    }
    return bundle;
  }
}
