package org.privacyportal.backend.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The API contract for integrators: the OpenAPI document {@value #CONTRACT_RESOURCE} (written by
 * hand, contract first; tests check the routes and answers against it) at {@value #CONTRACT_PATH},
 * and Swagger UI (the org.webjars:swagger-ui files) at {@value #DOCS_PATH}. Both are open: they
 * describe the API and hold no personal data.
 */
public final class ApiDocs {

  public static final String CONTRACT_RESOURCE = "/openapi/openapi.yaml";
  public static final String CONTRACT_PATH = "/api/v1/openapi.yaml";
  public static final String DOCS_PATH = "/api/docs";

  private static final String SWAGGER_UI_VERSION = "5.35.0";

  private ApiDocs() {}

  /**
   * Adds the contract's route to the table and the documentation pages to the static files.
   *
   * @param open the route role that needs no token (passed in: {@code http} does not depend on
   *     {@code auth})
   */
  public static void register(JavalinConfig config, RouteTable routes, RouteRole open) {
    byte[] contract = read(CONTRACT_RESOURCE);
    routes.get(CONTRACT_PATH, ctx -> serve(ctx, contract), open);
    // Our page and initializer (pointing Swagger UI at the contract), then the webjar's files.
    config.staticFiles.add(
        files -> {
          files.hostedPath = DOCS_PATH;
          files.directory = "/openapi/docs";
          files.location = Location.CLASSPATH;
          files.roles = Set.of(open);
        });
    config.staticFiles.add(
        files -> {
          files.hostedPath = DOCS_PATH + "/ui";
          files.directory = "/META-INF/resources/webjars/swagger-ui/" + SWAGGER_UI_VERSION;
          files.location = Location.CLASSPATH;
          files.roles = Set.of(open);
        });
  }

  private static void serve(Context ctx, byte[] contract) {
    ctx.contentType("application/yaml; charset=utf-8");
    ctx.result(contract);
  }

  private static byte[] read(String resource) {
    try (InputStream in = ApiDocs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The API contract is missing from the classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
