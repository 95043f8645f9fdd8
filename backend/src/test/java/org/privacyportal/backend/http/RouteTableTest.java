package org.privacyportal.backend.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Routes are matched most specific first, whatever order the features add them in. */
class RouteTableTest {

  private static final String SUMMARY = "/api/v1/patrons/{id}/summary";
  private static final String CSV = "/api/v1/patrons/{id}/loan_history.csv";
  private static final String CATEGORY = "/api/v1/patrons/{id}/{category}";
  private static final String LEDGER = "/api/v1/patrons/{id}/consents/ledger";
  private static final String RECEIPT =
      "/api/v1/patrons/{id}/consents/ledger/{entryId}/receipt.json";

  private final HttpClient http = HttpClient.newHttpClient();

  /** The feature routes and the category route, added in one order or the other. */
  private static final List<Consumer<RouteTable>> FEATURES =
      List.of(
          table -> table.get(SUMMARY, answer("summary")),
          table -> table.get(CSV, answer("csv")),
          table -> table.get(LEDGER, answer("ledger")),
          table -> table.get(RECEIPT, answer("receipt")),
          table -> table.get(CATEGORY, ctx -> ctx.result("category " + ctx.pathParam("category"))));

  @Test
  void theCategoryRouteAddedFirstTakesNoFeaturesPath() throws Exception {
    assertEachRouteAnswersItsOwn(FEATURES.reversed());
  }

  @Test
  void theCategoryRouteAddedLastTakesNoFeaturesPath() throws Exception {
    assertEachRouteAnswersItsOwn(FEATURES);
  }

  @Test
  void fixedSegmentsComeBeforeParametersInTheRegisteredOrder() {
    RouteTable table = new RouteTable();
    FEATURES.reversed().forEach(feature -> feature.accept(table));

    List<String> order =
        new ArrayList<>(table.routes().stream().map(RouteTable.Route::path).toList());

    assertThat(order.indexOf(SUMMARY)).isLessThan(order.indexOf(CATEGORY));
    assertThat(order.indexOf(CSV)).isLessThan(order.indexOf(CATEGORY));
  }

  private void assertEachRouteAnswersItsOwn(List<Consumer<RouteTable>> features) throws Exception {
    RouteTable table = new RouteTable();
    features.forEach(feature -> feature.accept(table));
    Javalin app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  table.registerOn(config);
                })
            .start("127.0.0.1", 0);
    try {
      String patron = "/api/v1/patrons/7c2f0a54-0000-4000-8000-000000000001";
      assertThat(get(app, patron + "/summary")).isEqualTo("summary");
      assertThat(get(app, patron + "/loan_history.csv")).isEqualTo("csv");
      assertThat(get(app, patron + "/loans")).isEqualTo("category loans");
      assertThat(get(app, patron + "/loan_history")).isEqualTo("category loan_history");
      assertThat(get(app, patron + "/consents/ledger")).isEqualTo("ledger");
      assertThat(get(app, patron + "/consents/ledger/e1/receipt.json")).isEqualTo("receipt");
    } finally {
      app.stop();
    }
  }

  private String get(Javalin app, String path) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static Handler answer(String text) {
    return ctx -> ctx.result(text);
  }
}
