package org.privacyportal.frontend.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * The privacy policy as one patron sees it, from {@code /api/v1/patrons/{id}/policy/acceptance}.
 *
 * @param translation the text is a translation (the English text is the official one)
 * @param text paragraphs; a list item is a line starting with "- "
 * @param changesKnown false when the accepted version is older than the versions the library keeps
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PolicyState(
    String currentVersion,
    LocalDate effectiveDate,
    String summary,
    String language,
    boolean translation,
    List<String> text,
    String lastAcceptedVersion,
    boolean accepted,
    boolean changesKnown,
    List<Change> changes,
    List<VersionNote> versionsSince) {

  PolicyState {
    text = text == null ? List.of() : List.copyOf(text);
    changes = changes == null ? List.of() : List.copyOf(changes);
    versionsSince = versionsSince == null ? List.of() : List.copyOf(versionsSince);
  }

  /**
   * A line removed or added: type REMOVED or ADDED.
   *
   * @param words the line in pieces (UNCHANGED, and REMOVED or ADDED) when it is an edit of a line
   *     on the other side; empty when the whole line is the change
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Change(String type, String text, List<Segment> words) {

    Change {
      words = words == null ? List.of() : List.copyOf(words);
    }

    boolean added() {
      return "ADDED".equals(type);
    }

    /** An edit of a line on the other side (shown as before/now with the changed words marked). */
    boolean edited() {
      return !words.isEmpty();
    }
  }

  /** A piece of a changed line: type UNCHANGED, REMOVED or ADDED. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Segment(String type, String text) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record VersionNote(String version, LocalDate effectiveDate, String summary) {}

  /** The answer to an acceptance: {@code recorded} false when it had been accepted already. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Acceptance(String version, boolean recorded) {}
}
