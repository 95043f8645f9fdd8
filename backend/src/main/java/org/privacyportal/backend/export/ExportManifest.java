package org.privacyportal.backend.export;

import java.time.Instant;
import java.util.List;

/**
 * manifest.json of an export archive: what it is, whose, when, and what each file holds.
 *
 * @param formatVersion raised when the files' layout changes in a way a reader must know about
 * @param generatedAt when the records were read (UTC); the JSON files carry instants in UTC too
 * @param timeZone the library's time zone, used for the dates in the PDF
 * @param requestedBy SELF (the account holder) or GUARDIAN (for a minor in their care)
 * @param readableCopy the PDF's file name in the archive
 * @param categories one entry per category file, in the order of the PDF
 */
record ExportManifest(
    int formatVersion,
    Library library,
    Patron patron,
    Instant generatedAt,
    String timeZone,
    String language,
    String requestedBy,
    String readableCopy,
    List<Entry> categories) {

  static final int FORMAT_VERSION = 1;

  ExportManifest {
    categories = List.copyOf(categories);
  }

  record Library(String id, String name) {}

  record Patron(String id, String firstName, String lastName, String cardNumber) {
    @Override
    public String toString() {
      return "Patron[id=" + id + "]";
    }
  }

  /**
   * @param category the category's wire name, as in the API
   * @param file its JSON file in the archive: an array of the API's items, oldest page last
   * @param count how many records the file holds
   */
  record Entry(String category, String file, long count) {}

  @Override
  public String toString() {
    return "ExportManifest[patron="
        + (patron == null ? null : patron.id())
        + ", categories="
        + categories.size()
        + "]";
  }
}
