package org.privacyportal.backend.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
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
import org.privacyportal.backend.library.LibraryProfile.PolicyVersion;
import org.privacyportal.backend.library.LibraryProfile.Retention;

/**
 * Reads the library profiles shipped as data files under {@code
 * src/main/resources/org/privacyportal/backend/library/profiles/<id>.json} and checks every field
 * on load, so that a mistake in a profile stops the start with the file and field named instead of
 * surfacing later as a wrong access decision.
 *
 * <p>Retention periods (the same in both shipped profiles; neither policy names any):
 *
 * <ul>
 *   <li>{@code expiredAuthorizations} P1Y: for a year after an authorization expired or was revoked
 *       the patron and the director can still see who was allowed to see what; the disclosures
 *       themselves stay in the access log.
 *   <li>{@code closedTickets} P1Y: covers follow-up questions and the director's yearly review,
 *       then the thread (which holds personal data) goes.
 *   <li>{@code foundItems} P30D: the usual lost-and-found holding period of a public library.
 *   <li>{@code accessLog} P5Y: the patron's evidence of who saw their records; long enough that a
 *       patron who comes of age still sees most of the accesses made while they were a minor.
 * </ul>
 */
public final class LibraryProfiles {

  /** The profile a deployment uses when none is configured. */
  public static final String DEFAULT_ID = "calcasieu";

  // A new library is a deliberate change: add its file and its id here.
  private static final List<String> IDS = List.of("calcasieu", "lawrence");

  private static final String FOLDER = "org/privacyportal/backend/library/profiles/";
  private static final Set<String> LANGUAGES = Set.of("en", "es");
  private static final Set<String> TOP_LEVEL_FIELDS =
      Set.of(
          "$comment",
          "id",
          "name",
          "jurisdiction",
          "statute",
          "ageOfMajority",
          "timeZone",
          "acceptedInstruments",
          "guardianNeedsVerifiedId",
          "incidentDisclosureAllowed",
          "patronsMayViewFootage",
          "retention",
          "policyVersion",
          "policyText",
          "controller",
          "policySummary",
          "earlierPolicyVersions");
  private static final Set<String> CONTROLLER_FIELDS =
      Set.of("jurisdictionCode", "contact", "address", "email", "phone", "url", "policyUrl");
  private static final Set<String> EARLIER_POLICY_FIELDS =
      Set.of("$comment", "version", "summary", "text");
  private static final Set<String> RETENTION_FIELDS =
      Set.of("expiredAuthorizations", "closedTickets", "foundItems", "accessLog");

  private static final ObjectMapper JSON = new ObjectMapper();

  private LibraryProfiles() {}

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
      throw new IllegalArgumentException(
          "Unknown library profile '" + id + "'; valid profiles: " + String.join(", ", IDS));
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
      throw f.invalid(
          "timeZone", "must be a time zone id such as America/Chicago, got '" + zone + "'");
    }
    JsonNode retention = f.object(root, "retention");
    f.onlyKnown(retention, "retention.", RETENTION_FIELDS);
    String policyVersion = f.text(root, "policyVersion");
    Map<String, String> policyText = policyText(f, root, "policyText");
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
        policyVersion,
        policyText,
        controller(f, root),
        policyVersions(f, root, resource, policyVersion, policyText));
  }

  private static LibraryProfile.Controller controller(Fields f, JsonNode root) {
    JsonNode c = f.object(root, "controller");
    f.onlyKnown(c, "controller.", CONTROLLER_FIELDS);
    String code = f.text(c, "jurisdictionCode");
    if (!code.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
      throw f.invalid(
          "controller.jurisdictionCode",
          "must be an ISO 3166-2 code such as US-LA, got '" + code + "'");
    }
    return new LibraryProfile.Controller(
        code,
        f.text(c, "contact"),
        f.text(c, "address"),
        f.text(c, "email"),
        f.text(c, "phone"),
        f.text(c, "url"),
        f.text(c, "policyUrl"));
  }

  /**
   * The earlier versions named in {@code earlierPolicyVersions} (each a file {@code <profile
   * id>/policy-<version>.json} beside the profile), oldest first, then the current one.
   */
  private static List<PolicyVersion> policyVersions(
      Fields f, JsonNode root, String resource, String current, Map<String, String> currentText) {
    LocalDate currentDate = versionDate(f, "policyVersion", current);
    JsonNode earlier = root.get("earlierPolicyVersions");
    if (earlier == null || !earlier.isArray()) {
      throw f.invalid(
          "earlierPolicyVersions", "is required and must be a list of versions (may be empty)");
    }
    List<PolicyVersion> versions = new ArrayList<>();
    LocalDate previous = LocalDate.MIN;
    String folder = resource.substring(0, resource.length() - ".json".length()) + "/";
    for (JsonNode item : earlier) {
      LocalDate date = versionDate(f, "earlierPolicyVersions", item.asText());
      if (!item.isTextual() || !date.isAfter(previous) || !date.isBefore(currentDate)) {
        throw f.invalid(
            "earlierPolicyVersions", "must list versions oldest first, all before policyVersion");
      }
      previous = date;
      String file = folder + "policy-" + item.asText() + ".json";
      JsonNode node = read(file);
      Fields ff = new Fields(file);
      ff.onlyKnown(node, "", EARLIER_POLICY_FIELDS);
      if (!item.asText().equals(ff.text(node, "version"))) {
        throw ff.invalid("version", "must be '" + item.asText() + "' (the file name)");
      }
      versions.add(
          new PolicyVersion(
              item.asText(), date, byLanguage(ff, node, "summary"), policyText(ff, node, "text")));
    }
    versions.add(
        new PolicyVersion(current, currentDate, byLanguage(f, root, "policySummary"), currentText));
    return versions;
  }

  private static LocalDate versionDate(Fields f, String field, String version) {
    try {
      return LocalDate.parse(version);
    } catch (DateTimeParseException e) {
      throw f.invalid(
          field,
          "must name versions by the date they take effect (yyyy-MM-dd), got '" + version + "'");
    }
  }

  /** One line of text in each language. */
  private static Map<String, String> byLanguage(Fields f, JsonNode root, String field) {
    JsonNode node = f.object(root, field);
    f.onlyKnown(node, field + ".", LANGUAGES);
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : List.of("en", "es")) {
      texts.put(language, f.text(node, language));
    }
    return texts;
  }

  private static Set<LegalInstrument> instruments(Fields f, JsonNode root) {
    JsonNode list = root.get("acceptedInstruments");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw f.invalid(
          "acceptedInstruments",
          "must be a non-empty list of " + EnumSet.allOf(LegalInstrument.class));
    }
    Set<LegalInstrument> instruments = EnumSet.noneOf(LegalInstrument.class);
    for (JsonNode item : list) {
      LegalInstrument instrument = instrument(item.asText());
      if (!item.isTextual() || instrument == null) {
        throw f.invalid(
            "acceptedInstruments",
            "'" + item.asText() + "' is none of " + EnumSet.allOf(LegalInstrument.class));
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

  private static Map<String, String> policyText(Fields f, JsonNode root, String name) {
    JsonNode byLanguage = f.object(root, name);
    f.onlyKnown(byLanguage, name + ".", LANGUAGES);
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : List.of("en", "es")) {
      String field = name + "." + language;
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
        throw new IllegalArgumentException(
            "Library profile " + resource + " is missing from the classpath");
      }
      JsonNode root = JSON.readTree(in);
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException(
            "Library profile " + resource + ": must be a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Library profile "
              + resource
              + ": not valid JSON at line "
              + e.getLocation().getLineNr()
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("Library profile " + resource + " could not be read", e);
    }
  }

  /** Field access with errors that name the file and the field. */
  private record Fields(String resource) {

    IllegalArgumentException invalid(String field, String problem) {
      return new IllegalArgumentException(
          "Library profile " + resource + ": field '" + field + "' " + problem);
    }

    void onlyKnown(JsonNode node, String prefix, Set<String> known) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          throw invalid(
              prefix + name,
              "is not a profile field (known: " + known.stream().sorted().toList() + ")");
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
        throw invalid(
            name, "must be an ISO-8601 period such as P1Y or P30D, got '" + value.asText() + "'");
      }
    }
  }
}
