package org.privacyportal.backend.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.privacyportal.backend.http.ApiDocs;

/**
 * Checks answers against the API contract ({@code openapi/openapi.yaml}): the status must be one
 * the operation documents, the content type one documented for that status, and a JSON body must
 * match the documented schema (JSON Schema 2020-12, as OpenAPI 3.1 uses it, {@code $ref}s resolved
 * within the document). A problem answer's {@code type} must be listed in {@code ProblemType}.
 *
 * <p>{@link TestBackend} runs every answer through {@link #check}, so each API test also tests the
 * contract. Requests to paths the contract does not know (a test's own route, a malformed URI, an
 * unknown path) or with a method the path does not have are left alone: ContractTest checks that
 * the registered routes and the document agree.
 */
public final class ContractValidator {

  /** Where the document is said to live, for the schema registry (never fetched). */
  private static final String DOCUMENT_IRI = "https://contract.privacyportal.invalid/openapi.json";

  private static final ContractValidator INSTANCE = new ContractValidator();

  private final JsonNode document;
  private final List<PathTemplate> paths = new ArrayList<>();
  private final JsonSchemaFactory factory;
  private final Set<String> problemTypes = new HashSet<>();
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  /**
   * One path of the document as a pattern; {@code shape} orders fixed segments before parameters.
   */
  private record PathTemplate(String template, Pattern pattern, String shape) {}

  private ContractValidator() {
    try (InputStream in = ContractValidator.class.getResourceAsStream(ApiDocs.CONTRACT_RESOURCE)) {
      document = new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String json;
    try {
      json = new ObjectMapper().writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder.schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, json))));
    for (Iterator<String> it = document.get("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      StringBuilder regex = new StringBuilder();
      StringBuilder shape = new StringBuilder();
      for (String segment : template.substring(1).split("/")) {
        boolean parameter = segment.startsWith("{");
        regex.append('/').append(parameter ? "[^/]+" : Pattern.quote(segment));
        shape.append(parameter ? '1' : '0');
      }
      paths.add(new PathTemplate(template, Pattern.compile(regex.toString()), shape.toString()));
    }
    document
        .at("/components/schemas/ProblemType/enum")
        .forEach(type -> problemTypes.add(type.asText()));
  }

  public static ContractValidator get() {
    return INSTANCE;
  }

  /** The document's paths (templates as written there). */
  public List<String> pathTemplates() {
    return paths.stream().map(PathTemplate::template).toList();
  }

  /**
   * Every method and path template of the document, as "GET /api/v1/me", with its {@code x-roles}.
   */
  public Map<String, Set<String>> operations() {
    Map<String, Set<String>> operations = new java.util.HashMap<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          Set<String> roles = new HashSet<>();
                          method
                              .getValue()
                              .path("x-roles")
                              .forEach(role -> roles.add(role.asText()));
                          operations.put(
                              method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                              roles);
                        }));
    return operations;
  }

  /**
   * Fails the test (AssertionError) when the answer disagrees with the contract. A body read as
   * bytes (a PDF, a zip) is checked for its status and content type, and as UTF-8 text when it is
   * JSON.
   */
  public void check(HttpResponse<?> response) {
    String body =
        response.body() instanceof byte[] bytes
            ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
            : (String) response.body();
    List<String> problems =
        problems(
            response.request().method(),
            response.request().uri().getRawPath(),
            response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(null),
            body);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "The answer to "
              + response.request().method()
              + " "
              + response.request().uri().getRawPath()
              + " ("
              + response.statusCode()
              + ") breaks the API contract:\n  "
              + String.join("\n  ", problems)
              + "\nbody: "
              + abbreviate(body));
    }
  }

  /**
   * What is wrong with this answer; empty when it keeps the contract or the contract does not know
   * the route.
   */
  public List<String> problems(
      String method, String rawPath, int status, String contentType, String body) {
    Optional<PathTemplate> template =
        paths.stream()
            .filter(p -> p.pattern().matcher(rawPath).matches())
            .min(Comparator.comparing(PathTemplate::shape));
    if (template.isEmpty()) {
      return List.of();
    }
    String operationPointer =
        "/paths/" + escape(template.get().template()) + "/" + method.toLowerCase(Locale.ROOT);
    if (document.at(operationPointer).isMissingNode()) {
      return List.of();
    }
    String responsePointer = operationPointer + "/responses/" + status;
    JsonNode answer = document.at(responsePointer);
    if (answer.isMissingNode()) {
      return List.of(
          "status "
              + status
              + " is not documented for "
              + method
              + " "
              + template.get().template());
    }
    if (answer.has("$ref")) {
      responsePointer = answer.get("$ref").asText().substring(1);
      answer = document.at(responsePointer);
    }
    JsonNode content = answer.get("content");
    if (content == null) {
      return body == null || body.isEmpty()
          ? List.of()
          : List.of("a body where the contract documents none");
    }
    String mediaType =
        contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!content.has(mediaType)) {
      return List.of(
          "content type '"
              + contentType
              + "' is not documented for status "
              + status
              + " (documented: "
              + iterable(content.fieldNames())
              + ")");
    }
    if (!mediaType.endsWith("json")) {
      return List.of();
    }
    String schemaPointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
    List<String> problems = new ArrayList<>();
    JsonSchema schema =
        schemas.computeIfAbsent(
            schemaPointer,
            pointer -> factory.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer)));
    for (ValidationMessage error : schema.validate(body, InputFormat.JSON)) {
      problems.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    if (mediaType.equals("application/problem+json") && problems.isEmpty()) {
      String type = readTree(body).path("type").asText();
      if (!problemTypes.contains(type)) {
        problems.add("problem type '" + type + "' is not listed in components/schemas/ProblemType");
      }
    }
    return problems;
  }

  private static JsonNode readTree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON pointer token (RFC 6901). */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static List<String> iterable(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  private static String abbreviate(String body) {
    return body == null || body.length() <= 600 ? body : body.substring(0, 600) + "...";
  }
}
