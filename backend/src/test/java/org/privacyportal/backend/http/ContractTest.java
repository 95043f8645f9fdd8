package org.privacyportal.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.support.ContractValidator;
import org.privacyportal.backend.support.TestBackend;
import org.privacyportal.backend.support.TestData;

/** The API contract (openapi/openapi.yaml) is valid, complete, served, and shown in Swagger UI. */
class ContractTest {

  private final TestBackend backend = TestBackend.get();

  @Test
  void theDocumentIsValidOpenApi31() throws IOException {
    String yaml;
    try (InputStream in = ContractTest.class.getResourceAsStream(ApiDocs.CONTRACT_RESOURCE)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1.");
    assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
  }

  @Test
  void everyProblemTypeIsInTheDocumentAndNoOther() throws IOException {
    String yaml;
    try (InputStream in = ContractTest.class.getResourceAsStream(ApiDocs.CONTRACT_RESOURCE)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    List<?> documented =
        new OpenAPIV3Parser()
            .readContents(yaml, null, options)
            .getOpenAPI()
            .getComponents()
            .getSchemas()
            .get("ProblemType")
            .getEnum();

    assertThat(documented)
        .map(Object::toString)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ProblemType.values()).map(ProblemType::uri).toList());
  }

  @Test
  void everyRegisteredRouteIsInTheDocumentAndEveryDocumentedOneIsRegistered() {
    assertThat(ContractValidator.get().operations().keySet())
        .containsExactlyInAnyOrderElementsOf(backend.registeredRoutes().keySet());
  }

  @Test
  void eachOperationNamesTheRouteRolesItIsRegisteredWith() {
    assertThat(ContractValidator.get().operations()).isEqualTo(backend.registeredRoutes());
  }

  @Test
  void theValidatorFindsAnAnswerThatBreaksTheContract() {
    ContractValidator contract = ContractValidator.get();
    String path = "/api/v1/patrons/" + TestData.newId() + "/summary";
    // a status the operation does not document
    assertThat(contract.problems("GET", path, 418, "application/json", "{}")).isNotEmpty();
    // a field the schema does not have, and a missing one
    assertThat(
            contract.problems(
                "GET", path, 200, "application/json", "{\"patronId\":\"x\",\"extra\":1}"))
        .isNotEmpty();
    // a problem type the contract does not list
    assertThat(
            contract.problems(
                "GET",
                path,
                404,
                "application/problem+json",
                "{\"type\":\"https://example.invalid/unlisted\",\"title\":\"Not Found\",\"status\":404}"))
        .isNotEmpty();
    // the specific route wins over the category route, as in the backend
    assertThat(
            contract.problems(
                "GET", path, 200, "application/json", "{\"patronId\":\"x\",\"categories\":[]}"))
        .isEmpty();
    // a path the contract does not know is left to the route check above
    assertThat(
            contract.problems("GET", "/api/v1/nothing/here", 404, "application/problem+json", "{}"))
        .isEmpty();
  }

  @Test
  void theBackendServesTheDocument() throws IOException {
    HttpResponse<String> response = backend.get(ApiDocs.CONTRACT_PATH);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
    try (InputStream in = ContractTest.class.getResourceAsStream(ApiDocs.CONTRACT_RESOURCE)) {
      assertThat(response.body()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void swaggerUiIsServedUnderTheDocsPathPointingAtTheDocument() {
    HttpResponse<String> page = backend.get(ApiDocs.DOCS_PATH + "/");
    HttpResponse<String> initializer = backend.get(ApiDocs.DOCS_PATH + "/swagger-initializer.js");
    HttpResponse<String> bundle = backend.get(ApiDocs.DOCS_PATH + "/ui/swagger-ui-bundle.js");
    HttpResponse<String> css = backend.get(ApiDocs.DOCS_PATH + "/ui/swagger-ui.css");

    for (HttpResponse<String> response : List.of(page, initializer, bundle, css)) {
      assertThat(response.statusCode()).as(response.uri().getPath()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValue(SecurityHeaders.DOCS_POLICY);
    }
    assertThat(page.body())
        .contains("/api/docs/ui/swagger-ui-bundle.js", "/api/docs/swagger-initializer.js");
    assertThat(initializer.body()).contains("url: \"" + ApiDocs.CONTRACT_PATH + "\"");
    assertThat(bundle.body()).contains("SwaggerUIBundle");
  }

  @Test
  void apiAnswersKeepTheStrictPolicyOnlyTheDocsAreRelaxed() {
    HttpResponse<String> api = backend.get("/api/v1/policy");
    HttpResponse<String> unknown = backend.get("/api/docsx");

    assertThat(api.headers().firstValue("Content-Security-Policy"))
        .hasValue(SecurityHeaders.API_POLICY);
    assertThat(unknown.headers().firstValue("Content-Security-Policy"))
        .hasValue(SecurityHeaders.API_POLICY);
  }
}
