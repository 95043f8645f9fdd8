package org.privacyportal.backend.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every HTTP route of the API, collected from each feature's {@code *Routes} class and then
 * registered on Javalin in one go, the most specific first.
 *
 * <p>Why the sort: Javalin answers a request with the first registered route whose path matches, so
 * {@code GET /api/v1/patrons/{id}/{category}} registered before {@code
 * /api/v1/patrons/{id}/summary} would take "summary" for a category. Here a path with a fixed
 * segment is always registered before one with a parameter in that place ({@link #SPECIFIC_FIRST}),
 * whatever order the features add their routes in; the category route itself answers 404 for any
 * name that is not a {@code Category}. The full list, with parameters and answers, is the contract
 * in {@code openapi/openapi.yaml}.
 */
public final class RouteTable {

  /** One route: method, path template (Javalin's {@code {param}} syntax) and route roles. */
  public record Route(HandlerType method, String path, Handler handler, Set<RouteRole> roles) {

    public Route {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(handler, "handler");
      roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
      return method + " " + path + " " + roles;
    }
  }

  /**
   * Segment by segment from the left: at the first place two paths differ in kind, a fixed segment
   * comes before a parameter. Paths of different lengths never match the same request (a {@code
   * {param}} never spans a slash), so their order does not matter; it is kept stable.
   */
  public static final Comparator<Route> SPECIFIC_FIRST =
      (a, b) -> {
        String[] left = a.path().split("/");
        String[] right = b.path().split("/");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
          int order = Boolean.compare(isParameter(left[i]), isParameter(right[i]));
          if (order != 0) {
            return order;
          }
        }
        return Integer.compare(left.length, right.length);
      };

  private final List<Route> routes = new ArrayList<>();

  public RouteTable get(String path, Handler handler, RouteRole... roles) {
    return add(HandlerType.GET, path, handler, roles);
  }

  public RouteTable post(String path, Handler handler, RouteRole... roles) {
    return add(HandlerType.POST, path, handler, roles);
  }

  public RouteTable put(String path, Handler handler, RouteRole... roles) {
    return add(HandlerType.PUT, path, handler, roles);
  }

  public RouteTable delete(String path, Handler handler, RouteRole... roles) {
    return add(HandlerType.DELETE, path, handler, roles);
  }

  public RouteTable add(HandlerType method, String path, Handler handler, RouteRole... roles) {
    routes.add(new Route(method, path, handler, Set.of(roles)));
    return this;
  }

  /** The routes in the order they are registered: the most specific first. */
  public List<Route> routes() {
    return routes.stream().sorted(SPECIFIC_FIRST).toList();
  }

  /** Adds every route to Javalin, the most specific first. */
  public void registerOn(JavalinConfig config) {
    for (Route route : routes()) {
      config.routes.addHttpHandler(
          route.method(), route.path(), route.handler(), route.roles().toArray(RouteRole[]::new));
    }
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") || segment.startsWith("<");
  }
}
