package org.privacyportal.backend.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.privacyportal.backend.library.LibraryProfile.LegalInstrument;
import org.privacyportal.backend.library.LibraryProfile.Retention;

/**
 * Reads the library profiles shipped as data files under
 * {@code src/main/resources/org/privacyportal/backend/library/profiles/<id>.json} and checks every
 * field on load, so that a mistake in a profile stops the start with the file and field named
 * instead of surfacing later as a wrong access decision.
 *
 * <p>Retention periods (the same in both shipped profiles; neither policy names any):
 * <ul>
 *   <li>{@code expiredAuthorizations} P1Y: for a year after an authorization expired or was revoked
 *       the patron and the director can still see who was allowed to see what; the disclosures
 *       themselves stay in the access log.</li>
 *   <li>{@code closedTickets} P1Y: covers follow-up questions and the director's yearly review,
 *       then the thread (which holds personal data) goes.</li>
 *   <li>{@code foundItems} P30D: the usual lost-and-found holding period of a public library.</li>
 *   <li>{@code accessLog} P5Y: the patron's evidence of who saw their records; long enough that a
 *       patron who comes of age still sees most of the accesses made while they were a minor.</li>
 * </ul>
 */
public final class LibraryProfiles {

  /** The profile a deployment uses when none is configured. */
  public static final String DEFAULT_ID = "calcasieu";

  // A new library is a deliberate change: add its file and its id here.
  private static final List<String> IDS = List.of("calcasieu", "lawrence");

  private static final String FOLDER = "org/privacyportal/backend/library/profiles/";
  private static final Set<String> LANGUAGES = Set.of("en", "es");
  private static final Set<String> TOP_LEVEL_FIELDS = Set.of("$comment", "id", "name", "jurisdiction",
      "statute", "ageOfMajority", "timeZone", "acceptedInstruments", "guardianNeedsVerifiedId",
      "incidentDisclosureAllowed", "patronsMayViewFootage", "retention", "policyVersion", "policyText");
  private static final Set<String> RETENTION_FIELDS =
      Set.of("expiredAuthorizations", "closedTickets", "foundItems", "accessLog");

  private static final ObjectMapper JSON = new ObjectMapper();

  private LibraryProfiles() {
  }

  /** The ids of the shipped profiles, default first. */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * The profile with this id, read and checked.
   *
   * @throws IllegalArgumentException for an unknown id (naming the valid ones) or an invalid file
   *     (naming the file and the field)
   */
  public static LibraryProfile load(String id) {
    if (id == null || !IDS.contains(id)) {
      throw new IllegalArgumentException("Unknown library profile '" + id + "'; valid profiles: "
          + String.join(", ", IDS));
    }
    return parse(FOLDER + id + ".json", id);
  }

  /** Parses one profile file; {@code expectedId} must match the id inside it. */
  static LibraryProfile parse(String resource, String expectedId) {
    JsonNode root = read(resource);
    Fields f = new Fields(resource);
    f.onlyKnown(root, "", TOP_LEVEL_FIELDS);
    String id = f.text(root, "id");
    if (!id.equals(expectedId)) {
      throw f.invalid("id", "must be '" + expectedId + "' (the file name), got '" + id + "'");
    }
    int ageOfMajority = f.integer(root, "ageOfMajority");
    if (ageOfMajority < 14 || ageOfMajority > 21) {
      throw f.invalid("ageOfMajority", "must be between 14 and 21, got " + ageOfMajority);
    }
    String zone = f.text(root, "timeZone");
    ZoneId timeZone;
    try {
      timeZone = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw f.invalid("timeZone", "must be a time zone id such as America/Chicago, got '" + zone + "'");
    }
    JsonNode retention = f.object(root, "retention");
    f.onlyKnown(retention, "retention.", RETENTION_FIELDS);
    return new LibraryProfile(
        id,
        f.text(root, "name"),
        f.text(root, "jurisdiction"),
        f.text(root, "statute"),
        ageOfMajority,
        timeZone,
        instruments(f, root),
        f.bool(root, "guardianNeedsVerifiedId"),
        f.bool(root, "incidentDisclosureAllowed"),
        f.bool(root, "patronsMayViewFootage"),
        new Retention(
            f.period(retention, "retention.", "expiredAuthorizations"),
            f.period(retention, "retention.", "closedTickets"),
            f.period(retention, "retention.", "foundItems"),
            f.period(retention, "retention.", "accessLog")),
        f.text(root, "policyVersion"),
        policyText(f, root));
  }

  private static Set<LegalInstrument> instruments(Fields f, JsonNode root) {
    JsonNode list = root.get("acceptedInstruments");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw f.invalid("acceptedInstruments", "must be a non-empty list of " + EnumSet.allOf(LegalInstrument.class));
    }
    Set<LegalInstrument> instruments = EnumSet.noneOf(LegalInstrument.class);
    for (JsonNode item : list) {
      LegalInstrument instrument = instrument(item.asText());
      if (!item.isTextual() || instrument == null) {
        throw f.invalid("acceptedInstruments", "'" + item.asText() + "' is none of "
            + EnumSet.allOf(LegalInstrument.class));
      }
      if (!instruments.add(instrument)) {
        throw f.invalid("acceptedInstruments", "lists '" + item.asText() + "' twice");
      }
    }
    return Set.copyOf(instruments);
  }

  private static LegalInstrument instrument(String name) {
    for (LegalInstrument instrument : LegalInstrument.values()) {
      if (instrument.name().equals(name)) {
        return instrument;
      }
    }
    return null;
  }

  private static Map<String, String> policyText(Fields f, JsonNode root) {
    JsonNode byLanguage = f.object(root, "policyText");
    f.onlyKnown(byLanguage, "policyText.", LANGUAGES);
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : List.of("en", "es")) {
      String field = "policyText." + language;
      JsonNode paragraphs = byLanguage.get(language);
      if (paragraphs == null || !paragraphs.isArray() || paragraphs.isEmpty()) {
        throw f.invalid(field, "must be a non-empty list of paragraphs");
      }
      List<String> kept = new ArrayList<>();
      for (JsonNode paragraph : paragraphs) {
        if (!paragraph.isTextual() || paragraph.asText().isBlank()) {
          throw f.invalid(field, "has an empty or non-text paragraph");
        }
        kept.add(paragraph.asText().strip());
      }
      // Paragraphs are separated by a blank line, list items by a line break, as in the source.
      texts.put(language, String.join("\n\n", kept));
    }
    return Map.copyOf(texts);
  }

  private static JsonNode read(String resource) {
    try (InputStream in = LibraryProfiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("Library profile " + resource + " is missing from the classpath");
      }
      JsonNode root = JSON.readTree(in);
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("Library profile " + resource + ": must be a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Library profile " + resource + ": not valid JSON at line "
          + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("Library profile " + resource + " could not be read", e);
    }
  }

  /** Field access with errors that name the file and the field. */
  private record Fields(String resource) {

    IllegalArgumentException invalid(String field, String problem) {
      return new IllegalArgumentException("Library profile " + resource + ": field '" + field + "' " + problem);
    }

    void onlyKnown(JsonNode node, String prefix, Set<String> known) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          throw invalid(prefix + name, "is not a profile field (known: " + known.stream().sorted().toList() + ")");
        }
      }
    }

    String text(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        throw invalid(field, "is required and must be non-empty text");
      }
      return value.asText().strip();
    }

    int integer(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isInt()) {
        throw invalid(field, "is required and must be a whole number");
      }
      return value.asInt();
    }

    boolean bool(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isBoolean()) {
        throw invalid(field, "is required and must be true or false");
      }
      return value.asBoolean();
    }

    JsonNode object(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isObject()) {
        throw invalid(field, "is required and must be an object");
      }
      return value;
    }

    Period period(JsonNode node, String prefix, String field) {
      JsonNode value = node.get(field);
      String name = prefix + field;
      if (value == null || !value.isTextual()) {
        throw invalid(name, "is required and must be an ISO-8601 period such as P1Y or P30D");
      }
      try {
        Period period = Period.parse(value.asText());
        if (period.isNegative() || period.isZero()) {
          throw invalid(name, "must be longer than zero, got " + value.asText());
        }
        return period;
      } catch (DateTimeParseException e) {
        throw invalid(name, "must be an ISO-8601 period such as P1Y or P30D, got '" + value.asText() + "'");
      }
    }
  }
}
