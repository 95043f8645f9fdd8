package org.privacyportal.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.access.AccessCore;
import org.privacyportal.backend.access.AccessLogViewMapper;
import org.privacyportal.backend.access.AccessPolicy;
import org.privacyportal.backend.access.GroundMapper;
import org.privacyportal.backend.accesslog.AccessLogRoutes;
import org.privacyportal.backend.activity.ActivityMapper;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.audit.AccessLogMapper;
import org.privacyportal.backend.audit.AuditHandlers;
import org.privacyportal.backend.auth.ApiRole;
import org.privacyportal.backend.auth.AuthHandler;
import org.privacyportal.backend.auth.TokenValidator;
import org.privacyportal.backend.authorization.AuthorizationMapper;
import org.privacyportal.backend.authorization.AuthorizationRoutes;
import org.privacyportal.backend.authorization.AuthorizationSettings;
import org.privacyportal.backend.circulation.CirculationMapper;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.consent.ConsentRoutes;
import org.privacyportal.backend.consent.ReadingHistory;
import org.privacyportal.backend.consent.ReadingHistoryHandler;
import org.privacyportal.backend.desk.DeskLookupHandler;
import org.privacyportal.backend.desk.DeskLookupLimit;
import org.privacyportal.backend.desk.DeskLookupMapper;
import org.privacyportal.backend.desk.DeskLookupService;
import org.privacyportal.backend.details.DetailsRoutes;
import org.privacyportal.backend.export.ExportRoutes;
import org.privacyportal.backend.guardianship.AccountService;
import org.privacyportal.backend.guardianship.AccountsHandler;
import org.privacyportal.backend.guardianship.GuardianshipMapper;
import org.privacyportal.backend.guardianship.GuardianshipRoutes;
import org.privacyportal.backend.health.HealthHandler;
import org.privacyportal.backend.http.ApiDocs;
import org.privacyportal.backend.http.ErrorMapping;
import org.privacyportal.backend.http.JettyProblemErrorHandler;
import org.privacyportal.backend.http.Json;
import org.privacyportal.backend.http.ProblemWriter;
import org.privacyportal.backend.http.RequestLog;
import org.privacyportal.backend.http.RouteTable;
import org.privacyportal.backend.http.SecurityHeaders;
import org.privacyportal.backend.legal.LegalRequestMapper;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.patron.MeHandler;
import org.privacyportal.backend.patron.PatronMapper;
import org.privacyportal.backend.patron.ProfileMapper;
import org.privacyportal.backend.policy.PolicyRoutes;
import org.privacyportal.backend.records.LoanHistoryCsvHandler;
import org.privacyportal.backend.records.RecordService;
import org.privacyportal.backend.records.RecordsHandler;
import org.privacyportal.backend.records.SummaryHandler;
import org.privacyportal.backend.sms.OutboxSmsGateway;
import org.privacyportal.backend.sms.SmsGateway;
import org.privacyportal.backend.sms.SmsRoutes;
import org.privacyportal.backend.ticket.TicketMapper;

/** The HTTP API: routes, the auth check before them, error bodies and the request log. */
public final class BackendApp {

  /**
   * What the routes need; built by {@link BackendMain} or by a test.
   *
   * @param sessions a factory that knows {@link #mappers()}
   * @param profile the library this deployment serves
   * @param clock "now" for every access decision (tests fix it)
   * @param accessLog where every access by someone other than the patron is written
   * @param accessLogKey the key of the access log's chain, for the director's verification
   * @param smsGateway where text messages go (the outbox folder unless a deployment plugs in a
   *     carrier)
   * @param deskLookupsPerHour how many desk lookups one staff member may attempt in an hour
   *     (docs/desk.md)
   * @param authorizations the signature's maximum sign-in age and the frontend's URL for the QR
   *     code of written authorizations (docs/authorizations.md)
   */
  public record Services(
      TokenValidator tokens,
      DataSource dataSource,
      SqlSessionFactory sessions,
      LibraryProfile profile,
      Clock clock,
      AccessLog accessLog,
      byte[] accessLogKey,
      SmsGateway smsGateway,
      int deskLookupsPerHour,
      AuthorizationSettings authorizations) {

    public Services {
      Objects.requireNonNull(tokens, "tokens");
      Objects.requireNonNull(dataSource, "dataSource");
      Objects.requireNonNull(sessions, "sessions");
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(accessLog, "accessLog");
      accessLogKey = Objects.requireNonNull(accessLogKey, "accessLogKey").clone();
      Objects.requireNonNull(smsGateway, "smsGateway");
      if (deskLookupsPerHour < 1) {
        throw new IllegalArgumentException("deskLookupsPerHour must be at least 1");
      }
      Objects.requireNonNull(authorizations, "authorizations");
    }

    /** The default settings of written authorizations ({@link AuthorizationSettings#DEFAULTS}). */
    public Services(
        TokenValidator tokens,
        DataSource dataSource,
        SqlSessionFactory sessions,
        LibraryProfile profile,
        Clock clock,
        AccessLog accessLog,
        byte[] accessLogKey,
        SmsGateway smsGateway,
        int deskLookupsPerHour) {
      this(
          tokens,
          dataSource,
          sessions,
          profile,
          clock,
          accessLog,
          accessLogKey,
          smsGateway,
          deskLookupsPerHour,
          AuthorizationSettings.DEFAULTS);
    }

    /** The default limit of desk lookups ({@link DeskLookupLimit#DEFAULT_PER_HOUR}). */
    public Services(
        TokenValidator tokens,
        DataSource dataSource,
        SqlSessionFactory sessions,
        LibraryProfile profile,
        Clock clock,
        AccessLog accessLog,
        byte[] accessLogKey,
        SmsGateway smsGateway) {
      this(
          tokens,
          dataSource,
          sessions,
          profile,
          clock,
          accessLog,
          accessLogKey,
          smsGateway,
          DeskLookupLimit.DEFAULT_PER_HOUR);
    }

    /**
     * Text messages go to the default outbox folder ({@link OutboxSmsGateway#defaultDirectory()}).
     */
    public Services(
        TokenValidator tokens,
        DataSource dataSource,
        SqlSessionFactory sessions,
        LibraryProfile profile,
        Clock clock,
        AccessLog accessLog,
        byte[] accessLogKey) {
      this(
          tokens,
          dataSource,
          sessions,
          profile,
          clock,
          accessLog,
          accessLogKey,
          new OutboxSmsGateway(OutboxSmsGateway.defaultDirectory(), clock));
    }
  }

  /**
   * What a feature's routes are built from: each feature package has a {@code *Routes} class with
   * its mappers and a {@code register(Wiring)} that adds its routes to {@code routes}.
   *
   * @param core the access core: every read or change of a patron's records is one of its units of
   *     work
   * @param records the records of every category, read through the access core
   * @param routes the route table the features add to; registered on Javalin most specific first
   */
  public record Wiring(
      JavalinConfig config,
      Services services,
      AccessCore core,
      RecordService records,
      RouteTable routes) {

    /** The access rule, shared by every route. */
    public AccessPolicy policy() {
      return core.policy();
    }
  }

  /** Every mapper the routes use. */
  private static final Class<?>[] MAPPERS =
      Stream.of(
              List.<Class<?>>of(
                  PatronMapper.class,
                  ProfileMapper.class,
                  GuardianshipMapper.class,
                  CirculationMapper.class,
                  ActivityMapper.class,
                  ConsentMapper.class,
                  AuthorizationMapper.class,
                  TicketMapper.class,
                  DeskLookupMapper.class,
                  LegalRequestMapper.class,
                  AccessLogViewMapper.class,
                  GroundMapper.class,
                  AccessLogMapper.class),
              SmsRoutes.MAPPERS,
              AuthorizationRoutes.MAPPERS,
              ConsentRoutes.MAPPERS,
              PolicyRoutes.MAPPERS,
              ExportRoutes.MAPPERS,
              DetailsRoutes.MAPPERS,
              AccessLogRoutes.MAPPERS,
              GuardianshipRoutes.MAPPERS)
          .flatMap(List::stream)
          .distinct()
          .toArray(Class<?>[]::new);

  private BackendApp() {}

  /**
   * Every mapper the routes use, for {@code MyBatis.sessionFactory(dataSource,
   * BackendApp.mappers())}.
   */
  public static Class<?>[] mappers() {
    return MAPPERS.clone();
  }

  public static Javalin create(Services services) {
    return create(services, config -> {});
  }

  /**
   * @param extra more configuration applied last (tests add a route that fails on purpose)
   */
  public static Javalin create(Services services, Consumer<JavalinConfig> extra) {
    ObjectMapper mapper = Json.mapper();
    ProblemWriter problems = new ProblemWriter(mapper);
    AccessPolicy policy = new AccessPolicy(services.profile(), services.clock());
    AccessCore core = new AccessCore(services.sessions(), policy, services.accessLog());
    RecordService records = new RecordService(core);
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.startup.startupWatcherEnabled = false;
          config.jsonMapper(new JavalinJackson(mapper, false));
          config.http.prefer405over404 = true;
          config.jetty.modifyServer(
              server -> server.setErrorHandler(new JettyProblemErrorHandler(problems)));
          config.requestLogger.http(new RequestLog());
          new ErrorMapping(problems).register(config);

          config.routes.before(new SecurityHeaders());
          // Deny by default: every matched route needs a valid token unless marked OPEN.
          config.routes.beforeMatched(new AuthHandler(services.tokens()));

          // The route table: the core routes here, then one *Routes class per feature. The order of
          // these lines does not matter: RouteTable registers fixed path segments before
          // parameters.
          RouteTable routes = new RouteTable();
          routes.get("/health", new HealthHandler(services.dataSource()), ApiRole.OPEN);
          routes.get("/api/v1/me", new MeHandler(core), ApiRole.AUTHENTICATED);
          routes.get(
              "/api/v1/me/accounts",
              new AccountsHandler(new AccountService(core)),
              ApiRole.AUTHENTICATED);
          // Any signed-in account may ask; the access rule decides, per patron and category.
          routes.get(
              "/api/v1/patrons/{id}/summary", new SummaryHandler(records), ApiRole.AUTHENTICATED);
          routes.get(
              "/api/v1/patrons/{id}/loan_history.csv",
              new LoanHistoryCsvHandler(records),
              ApiRole.AUTHENTICATED);
          routes.get(
              "/api/v1/patrons/{id}/{category}",
              new RecordsHandler(records),
              ApiRole.AUTHENTICATED);
          ReadingHistoryHandler readingHistory =
              new ReadingHistoryHandler(new ReadingHistory(core));
          routes.get(
              "/api/v1/patrons/{id}/consents/reading-history",
              readingHistory.get(),
              ApiRole.AUTHENTICATED);
          routes.put(
              "/api/v1/patrons/{id}/consents/reading-history",
              readingHistory.put(),
              ApiRole.AUTHENTICATED);
          routes.post(
              "/api/v1/desk-lookups",
              new DeskLookupHandler(
                  new DeskLookupService(
                      services.sessions(),
                      core,
                      new DeskLookupLimit(services.deskLookupsPerHour()),
                      services.clock())),
              ApiRole.STAFF,
              ApiRole.DIRECTOR);
          AuditHandlers.register(routes, services.sessions(), services.accessLogKey());
          ApiDocs.register(config, routes, ApiRole.OPEN);
          Wiring wiring = new Wiring(config, services, core, records, routes);
          SmsRoutes.register(wiring);
          ConsentRoutes.register(wiring);
          PolicyRoutes.register(wiring);
          ExportRoutes.register(wiring);
          DetailsRoutes.register(wiring);
          AccessLogRoutes.register(wiring);
          GuardianshipRoutes.register(wiring);
          AuthorizationRoutes.register(wiring);
          routes.registerOn(config);

          extra.accept(config);
        });
  }
}
