package org.privacyportal.frontend.records;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Entries named by reading history that the library did not keep (docs/consents.md, "Reading
 * history in another guise"): the title of a hold that ended while reading history was off, the
 * topic of a reference question. The backend sends that field as null, so the card would have no
 * heading; it gets one saying what the entry is and that its name was not kept, never a made-up
 * name. (The portal's records pages are the patron's own or their minor's, so null there means not
 * kept rather than withheld from staff.) An online-service use without its detail is still named by
 * its service, so it needs nothing here.
 */
enum NotKept {
  HOLD("holds", "title", "records.not-kept.hold", "records.not-kept.hold-note"),
  REFERENCE("reference", "topic", "records.not-kept.reference", "records.not-kept.reference-note");

  private final String category;
  private final String field;

  /** The card's heading, e.g. "Hold (title not kept)". */
  final String headingKey;

  /** One line above the list saying why, e.g. that titles of ended holds are not kept. */
  final String noteKey;

  NotKept(String category, String field, String headingKey, String noteKey) {
    this.category = category;
    this.field = field;
    this.headingKey = headingKey;
    this.noteKey = noteKey;
  }

  /** What the entry of that category lacks, if it lacks the field that would name it. */
  static Optional<NotKept> of(String category, Map<String, Object> item) {
    return Arrays.stream(values())
        .filter(
            kind ->
                kind.category.equals(category)
                    && !(item.get(kind.field) instanceof String s && !s.isBlank()))
        .findFirst();
  }

  /**
   * The explanation for a page of that category, when at least one of its entries lacks its name.
   */
  static Optional<String> note(String category, Collection<Map<String, Object>> items) {
    return items.stream()
        .map(item -> of(category, item))
        .flatMap(Optional::stream)
        .findFirst()
        .map(kind -> kind.noteKey);
  }
}
