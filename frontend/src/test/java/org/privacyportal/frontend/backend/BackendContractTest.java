package org.privacyportal.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The frontend's copies of backend records against the API contract ({@code
 * backend/src/main/resources/openapi/openapi.yaml}): each record that reads (or sends) backend JSON
 * has exactly the fields of its schema, with the same JSON type. A field the frontend leaves out on
 * purpose is named in the table, so a new backend field is a decision, not an accident.
 */
class BackendContractTest {

  private static final Path CONTRACT =
      Path.of("../backend/src/main/resources/openapi/openapi.yaml");
  private static final String ROOT = "org.privacyportal.frontend.";

  /** One frontend record, the schema it copies, and the schema fields it leaves out on purpose. */
  record Copy(String record, String schema, Set<String> leftOut) {
    @Override
    public String toString() {
      return record + " = " + schema;
    }
  }

  static List<Copy> copies() {
    return List.of(
        new Copy("backend.Patron", "PatronProfile", Set.of()),
        new Copy("backend.Patron$Address", "Address", Set.of()),
        new Copy("backend.RecordsSummary", "RecordSummary", Set.of()),
        new Copy("backend.RecordsSummary$CategorySummary", "CategoryCount", Set.of()),
        new Copy("backend.RecordPage", "RecordPage", Set.of()),
        new Copy("backend.ReadingHistoryConsent", "ReadingHistoryState", Set.of()),
        new Copy("guardians.AccountChoice", "Account", Set.of()),
        new Copy("guardians.GuardiansClient$Accounts", "Accounts", Set.of()),
        // the guardian's switcher reads only the items of the minor's profile page
        new Copy(
            "guardians.GuardiansClient$ProfilePage",
            "ProfileCategoryPage",
            Set.of("category", "page", "size", "total")),
        new Copy("guardians.GuardiansClient$LinkRequest", "GuardianLinkRequest", Set.of()),
        new Copy("guardians.GuardiansClient$Received", "GuardianLinkReceived", Set.of()),
        new Copy("policy.PolicyState", "PatronPolicyView", Set.of()),
        new Copy("policy.PolicyState$Change", "PolicyChange", Set.of()),
        new Copy("policy.PolicyState$Segment", "PolicySegment", Set.of()),
        new Copy("policy.PolicyState$VersionNote", "VersionNote", Set.of()),
        new Copy("policy.PolicyState$Acceptance", "PolicyAcceptance", Set.of()),
        new Copy("sms.SmsState", "SmsState", Set.of()),
        new Copy("sms.SmsState$Pending", "PendingVerification", Set.of()),
        new Copy("sms.SmsState$Choices", "SmsChoices", Set.of()),
        new Copy("export.ExportStatus", "ExportStatus", Set.of()),
        new Copy("staff.PendingDetailChanges", "StaffQueue", Set.of()),
        new Copy("staff.PendingDetailChanges$Item", "StaffChangeView", Set.of()),
        // the staff list never shows the requester's internal id
        new Copy(
            "staff.GuardianLinkRequestsClient$LinkRequestRow",
            "OpenLinkRequest",
            Set.of("requesterId")),
        new Copy("staff.GuardianLinkRequestsClient$Requests", "OpenLinkRequests", Set.of()),
        new Copy("staff.GuardianLinkRequestsClient$Decision", "GuardianLinkRejected", Set.of()),
        new Copy("desk.AuthorizationCheckClient$Check", "AuthorizationCheck", Set.of()),
        new Copy("shared.SharedClient$SharedWithMe", "SharedWithMe", Set.of()),
        new Copy("accesslog.AccessLogPage", "AccessLogPage", Set.of()),
        new Copy("accesslog.AccessLogEntry", "AccessLogEntry", Set.of()),
        new Copy("accesslog.AccessLogQuestion", "AccessLogQuestion", Set.of()),
        new Copy("consents.LedgerPage", "LedgerPage", Set.of()),
        new Copy("consents.LedgerPage$Entry", "LedgerEntry", Set.of()),
        new Copy("details.DetailChanges", "PatronDetailChanges", Set.of()),
        new Copy("details.ChangeRequest", "ChangeView", Set.of()),
        new Copy("details.ContactDetails", "ContactDetails", Set.of()),
        new Copy("details.ContactDetails$Address", "Address", Set.of()),
        new Copy("authorization.Terms", "WrittenAuthorizationForm", Set.of()),
        new Copy("authorization.Signature", "WrittenAuthorizationSignature", Set.of()),
        new Copy("authorization.Preview", "WrittenAuthorizationPreview", Set.of()),
        new Copy("authorization.Signed", "WrittenAuthorizationCreated", Set.of()),
        new Copy("authorization.AuthorizationDetail", "SignedWrittenAuthorization", Set.of()),
        new Copy("authorization.Revocation", "WrittenAuthorizationRevocation", Set.of()),
        new Copy("authorization.AuthorizationsPage", "AuthorizationsCategoryPage", Set.of()),
        new Copy("authorization.AuthorizationsPage$Row", "WrittenAuthorization", Set.of()));
  }

  /** The frontend's records that are not copies of backend JSON, and why. */
  private static final Map<String, String> NOT_BACKEND_JSON =
      Map.of(
          "backend.BackendAnswer$Found", "the client's outcome of a call",
          "backend.BackendAnswer$NotFound", "the client's outcome of a call",
          "backend.BackendAnswer$Failed", "the client's outcome of a call",
          "backend.LoanHistoryQuery", "query parameters, not a body",
          "backend.ApiProblem",
              "read member by member from a Problem answer (ApiProblem.read), the type URI cut to its slug",
          "sms.SmsMessages$Message", "a message key for the page",
          "layout.LinkList$Link", "a link on a page",
          "authorization.Draft", "an authorization being signed, kept in the session");

  private static Map<String, Object> schemas;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void readContract() throws IOException {
    try (Reader in = Files.newBufferedReader(CONTRACT, StandardCharsets.UTF_8)) {
      Map<String, Object> document = new Yaml().load(in);
      schemas =
          (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
    }
  }

  @ParameterizedTest
  @MethodSource("copies")
  void theRecordHasTheFieldsOfItsSchema(Copy copy) throws ClassNotFoundException {
    Class<?> type = Class.forName(ROOT + copy.record());
    assertThat(type.isRecord()).as(copy.record() + " is a record").isTrue();
    Map<String, Map<String, Object>> properties = properties(copy.schema());
    assertThat(properties.keySet()).as("schema " + copy.schema()).containsAll(copy.leftOut());

    Set<String> fields = new TreeSet<>();
    List<String> wrongTypes = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      fields.add(component.getName());
      Map<String, Object> property = properties.get(component.getName());
      if (property != null && !jsonTypes(property).contains(jsonType(component.getGenericType()))) {
        wrongTypes.add(
            component.getName()
                + ": "
                + jsonType(component.getGenericType())
                + " in the record, "
                + jsonTypes(property)
                + " in the contract");
      }
    }
    Set<String> expected = new TreeSet<>(properties.keySet());
    expected.removeAll(copy.leftOut());

    assertThat(fields)
        .as("fields of " + copy.record() + " against schema " + copy.schema())
        .isEqualTo(expected);
    assertThat(wrongTypes).as("JSON types of " + copy.record()).isEmpty();
  }

  /** A new record that reads backend JSON must be added to the table above (or said not to). */
  @Test
  void everyRecordOfTheFrontendIsInTheTable() throws IOException {
    Path classes = Path.of("target/classes");
    Set<String> records = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          if (Class.forName(name, false, getClass().getClassLoader()).isRecord()) {
            records.add(name.substring(ROOT.length()));
          }
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError("cannot load " + name, e);
        }
      }
    }
    Set<String> known = new TreeSet<>(NOT_BACKEND_JSON.keySet());
    copies().forEach(copy -> known.add(copy.record()));

    assertThat(records).isNotEmpty().isEqualTo(known);
  }

  /** The schema's properties, those of its allOf parts included. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> properties(String schemaName) {
    Map<String, Object> schema = (Map<String, Object>) schemas.get(schemaName);
    assertThat(schema).as("schema " + schemaName + " in the contract").isNotNull();
    Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
    for (Object part : (List<Object>) schema.getOrDefault("allOf", List.of())) {
      properties.putAll(properties(refName((Map<String, Object>) part)));
    }
    Map<String, Object> own = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    own.forEach((name, property) -> properties.putIfAbsent(name, (Map<String, Object>) property));
    return properties;
  }

  /** The JSON types a property allows, null left out ("object" for a $ref to an object schema). */
  @SuppressWarnings("unchecked")
  private static Set<String> jsonTypes(Map<String, Object> property) {
    Set<String> types = new TreeSet<>();
    if (property.containsKey("$ref")) {
      Map<String, Object> target = (Map<String, Object>) schemas.get(refName(property));
      types.add(String.valueOf(target.getOrDefault("type", "object")));
    }
    Object type = property.get("type");
    if (type instanceof Collection<?> many) {
      many.forEach(t -> types.add(String.valueOf(t)));
    } else if (type != null) {
      types.add(String.valueOf(type));
    }
    for (Object alternative : (List<Object>) property.getOrDefault("oneOf", List.of())) {
      types.addAll(jsonTypes((Map<String, Object>) alternative));
    }
    types.remove("null");
    return types;
  }

  private static String refName(Map<String, Object> ref) {
    String target = (String) ref.get("$ref");
    return target.substring(target.lastIndexOf('/') + 1);
  }

  /** How Jackson writes a value of this Java type. */
  private static String jsonType(Type type) {
    Class<?> raw =
        type instanceof ParameterizedType parameterized
            ? (Class<?>) parameterized.getRawType()
            : (Class<?>) type;
    if (raw == String.class || raw == LocalDate.class || raw == Instant.class || raw.isEnum()) {
      return "string";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "boolean";
    }
    if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
      return "integer";
    }
    if (raw == double.class || raw == Double.class) {
      return "number";
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      return "array";
    }
    return "object";
  }
}
