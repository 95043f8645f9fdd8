package org.privacyportal.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.auth.ApiRole;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.auth.TokenValidator;
import org.privacyportal.backend.health.HealthHandler;
import org.privacyportal.backend.http.ErrorMapping;
import org.privacyportal.backend.http.JettyProblemErrorHandler;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.http.ProblemWriter;
import org.privacyportal.backend.http.RequestLog;
import org.privacyportal.backend.http.SecurityHeaders;
import org.privacyportal.backend.patron.MeHandler;

/** The HTTP API: routes, the auth check before them, error bodies and the request log. */
public final class BackendApp {

  /** What the routes need; built by {@link BackendMain} or by a test. */
  public record Services(TokenValidator tokens, DataSource dataSource, SqlSessionFactory sessions) {
  }

  private BackendApp() {
  }

  public static Javalin create(Services services) {
    return create(services, config -> { });
  }

  /** @param extra more configuration applied last (tests add a route that fails on purpose) */
  public static Javalin create(Services services, Consumer<JavalinConfig> extra) {
    ObjectMapper mapper = Json.mapper();
    ProblemWriter problems = new ProblemWriter(mapper);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.startup.startupWatcherEnabled = false;
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.prefer405over404 = true;
      config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblemErrorHandler(problems)));
      config.requestLogger.http(new RequestLog());
      new ErrorMapping(problems).register(config);

      config.routes.before(new SecurityHeaders());
      // Deny by default: every matched route needs a valid token unless marked OPEN.
      config.routes.beforeMatched(new AuthHandler(services.tokens()));

      config.routes.get("/health", new HealthHandler(services.dataSource()), ApiRole.OPEN);
      config.routes.get("/api/v1/me", new MeHandler(services.sessions()), ApiRole.AUTHENTICATED);

      extra.accept(config);
    });
  }
}
