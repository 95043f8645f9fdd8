package org.privacyportal.backend.details;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.privacyportal.backend.http.ApiProblem;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.patron.Address;

/**
 * Reads the body of a new change request: {"email"?, "phone"?, "address"?: {"line1", "line2"?,
 * "city", "region", "postalCode"}}. A field left out does not change; "email" or "phone" null or
 * blank removes it; the address is replaced as a whole. Values are trimmed (runs of spaces in an
 * address become one); the phone number becomes E.164, the state code and e-mail domain upper and
 * lower case.
 *
 * <p>Every problem is found, and the 400 names each one by its field, with a fixed text: nothing
 * the client sent is echoed (the values are personal data). The checks depend on the body alone, so
 * a 400 tells nothing about the patron.
 */
final class ChangeInput {

  static final int MAX_EMAIL = 254;
  static final int MAX_EMAIL_LOCAL = 64;
  static final int MAX_LINE = 200;
  static final int MAX_CITY = 100;

  private static final ObjectMapper JSON = Json.mapper();
  private static final Set<String> FIELDS = Set.of("email", "phone", "address");
  private static final Set<String> ADDRESS_FIELDS =
      Set.of("line1", "line2", "city", "region", "postalCode");
  // The usual dot-atom form: what mail servers accept and people type; no quoted local parts.
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
  private static final Pattern ZIP = Pattern.compile("[0-9]{5}(-[0-9]{4})?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** USPS codes of the states, the District of Columbia, the territories and military post. */
  private static final Set<String> STATES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP");

  static final String NOT_AN_OBJECT =
      "The body must be a JSON object with any of the fields 'email', 'phone' and 'address'.";
  static final String UNKNOWN_FIELD =
      "The body may only have the fields 'email', 'phone' and 'address'.";
  static final String NOTHING = "Give at least one of the fields 'email', 'phone' and 'address'.";
  static final String BAD_EMAIL =
      "The field 'email' must be an e-mail address such as name@example.org,"
          + " at most "
          + MAX_EMAIL
          + " characters (null or empty removes it).";
  static final String BAD_PHONE =
      "The field 'phone' must be a valid phone number; US numbers may be written"
          + " without +1 (null or empty removes it).";
  static final String BAD_ADDRESS =
      "The field 'address' must be an object with 'line1', 'city', 'region' and"
          + " 'postalCode', and optionally 'line2'; an address can be replaced but not removed.";
  static final String BAD_LINE1 =
      "The field 'address.line1' (street and number) is required, at most "
          + MAX_LINE
          + " characters.";
  static final String BAD_LINE2 =
      "The field 'address.line2' must be at most " + MAX_LINE + " characters.";
  static final String BAD_CITY =
      "The field 'address.city' is required, at most " + MAX_CITY + " characters.";
  static final String BAD_REGION =
      "The field 'address.region' must be the two-letter code of a US state or"
          + " territory, such as LA or KS.";
  static final String BAD_POSTAL_CODE =
      "The field 'address.postalCode' must be a US ZIP code: five digits, or"
          + " ZIP+4 such as 70601-1234.";

  private final List<String> problems = new ArrayList<>();

  /** Each refused field with its code (docs/problems.md), for the problem's {@code errors}. */
  private final Map<String, String> errors = new LinkedHashMap<>();

  private ChangeInput() {}

  /** The change the body asks for; a 400 naming every problem otherwise. */
  static RequestedChange read(byte[] body) {
    return new ChangeInput().parse(body);
  }

  private RequestedChange parse(byte[] raw) {
    JsonNode body = null;
    try {
      body = JSON.readTree(raw);
    } catch (IOException e) {
      // reported below without echoing the input
    }
    if (body == null || !body.isObject()) {
      throw ApiProblem.malformed(NOT_AN_OBJECT);
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      if (!FIELDS.contains(names.next())) {
        problems.add(UNKNOWN_FIELD);
        break;
      }
    }
    EnumSet<Field> changed = EnumSet.noneOf(Field.class);
    String email = null;
    if (body.has("email")) {
      changed.add(Field.EMAIL);
      email = email(body.get("email"));
    }
    String phone = null;
    if (body.has("phone")) {
      changed.add(Field.PHONE);
      phone = phone(body.get("phone"));
    }
    Address address = null;
    if (body.has("address")) {
      changed.add(Field.ADDRESS);
      address = address(body.get("address"));
    }
    if (changed.isEmpty() && problems.isEmpty()) {
      problems.add(NOTHING);
    }
    if (!problems.isEmpty()) {
      String detail = String.join(" ", problems);
      throw errors.isEmpty() ? ApiProblem.malformed(detail) : ApiProblem.invalid(errors, detail);
    }
    return new RequestedChange(changed, email, phone, address);
  }

  private String email(JsonNode node) {
    if (removes(node)) {
      return null;
    }
    String value = node.isTextual() ? node.textValue().strip() : "";
    int at = value.lastIndexOf('@');
    if (value.length() > MAX_EMAIL || at > MAX_EMAIL_LOCAL || !EMAIL.matcher(value).matches()) {
      problem("email", "format", BAD_EMAIL);
      return null;
    }
    // the domain part is case-insensitive; the local part is the owner's business
    return value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  private String phone(JsonNode node) {
    if (removes(node)) {
      return null;
    }
    return PhoneNumbers.e164(node.isTextual() ? node.textValue().strip() : null)
        .orElseGet(
            () -> {
              problem("phone", "format", BAD_PHONE);
              return null;
            });
  }

  private Address address(JsonNode node) {
    if (node == null || !node.isObject()) {
      problem("address", "type", BAD_ADDRESS);
      return null;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      if (!ADDRESS_FIELDS.contains(names.next())) {
        problem("address", "format", BAD_ADDRESS);
        break;
      }
    }
    String line1 = text(node.get("line1"), "address.line1", MAX_LINE, true, BAD_LINE1);
    String line2 = text(node.get("line2"), "address.line2", MAX_LINE, false, BAD_LINE2);
    String city = text(node.get("city"), "address.city", MAX_CITY, true, BAD_CITY);
    String region = text(node.get("region"), "address.region", 2, true, BAD_REGION);
    if (region != null) {
      region = region.toUpperCase(Locale.ROOT);
      if (!STATES.contains(region)) {
        problem("address.region", "not-allowed", BAD_REGION);
      }
    }
    String postalCode =
        text(node.get("postalCode"), "address.postalCode", 10, true, BAD_POSTAL_CODE);
    if (postalCode != null && !ZIP.matcher(postalCode).matches()) {
      problem("address.postalCode", "format", BAD_POSTAL_CODE);
    }
    return new Address(line1, line2, city, region, postalCode);
  }

  /**
   * A text field, trimmed, spaces collapsed; null when absent or blank. Adds {@code problem} when
   * it is required and missing, too long, not a text, or holds control characters.
   */
  private String text(JsonNode node, String field, int max, boolean required, String problem) {
    if (node == null || node.isNull()) {
      if (required) {
        problem(field, "required", problem);
      }
      return null;
    }
    if (!node.isTextual()) {
      problem(field, "type", problem);
      return null;
    }
    String value = SPACES.matcher(node.textValue()).replaceAll(" ").strip();
    if (value.isEmpty()) {
      if (required) {
        problem(field, "required", problem);
      }
      return null;
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      problem(field, "control-characters", problem);
      return null;
    }
    if (value.codePointCount(0, value.length()) > max) {
      problem(field, "too-long", problem);
      return null;
    }
    return value;
  }

  /**
   * Records a refused field: its fixed text for the detail, its code for {@code errors} (the first
   * wins).
   */
  private void problem(String field, String code, String text) {
    if (!problems.contains(text)) {
      problems.add(text);
    }
    errors.putIfAbsent(field, code);
  }

  /** Null or an empty text: the patron wants the value removed. */
  private static boolean removes(JsonNode node) {
    return node == null || node.isNull() || (node.isTextual() && node.textValue().isBlank());
  }
}
