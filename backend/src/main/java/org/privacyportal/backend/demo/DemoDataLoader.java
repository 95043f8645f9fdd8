package org.privacyportal.backend.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.audit.AccessLog;
import org.privacyportal.backend.circulation.CirculationMapper;
import org.privacyportal.backend.consent.ConsentMapper;
import org.privacyportal.backend.demo.DemoDataGenerator.Size;
import org.privacyportal.backend.demo.DemoPatrons.DemoPatron;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo data set when PORTAL_DEMO_DATA is true: the demo logins' patrons and several
 * hundred generated ones with years of records (DemoDataGenerator), for the library of the
 * deployment, dated from today in its time zone.
 *
 * <p>Idempotent: the set is loaded once per database. The first thing the load does is claim the
 * single row of demo_data_set; if it is already there (an earlier start, or another backend
 * starting at the same moment, whose claim this one waits for), nothing is written. Everything
 * happens in one transaction: all or nothing. A database from before the generator that already has
 * the demo logins' patrons keeps them, ids and all, and gets their records added.
 *
 * <p>Then the demo's written authorizations are signed through the portal's own service ({@link
 * DemoAuthorizations}), and, given the access log, the demo's access-log entries ({@link
 * DemoAccessLog}) are appended through the log in a transaction of their own.
 */
public final class DemoDataLoader {

  /** The seed of the demo set: change it and every generated patron changes. */
  public static final long DEFAULT_SEED = 20_261_101L;

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

  private final SqlSessionFactory sessions;
  private final Clock clock;
  private final LibraryProfile profile;
  private final long seed;
  private final Size size;
  private final AccessLog accessLog;

  /** The demo set for the default library profile. */
  public DemoDataLoader(SqlSessionFactory sessions, Clock clock) {
    this(sessions, clock, LibraryProfiles.load(LibraryProfiles.DEFAULT_ID));
  }

  /** The demo set for this library (its branches, towns and time zone). */
  public DemoDataLoader(SqlSessionFactory sessions, Clock clock, LibraryProfile profile) {
    this(sessions, clock, profile, DEFAULT_SEED, Size.DEMO, null);
  }

  /** As above, with the demo's access-log entries written through {@code accessLog}. */
  public DemoDataLoader(
      SqlSessionFactory sessions, Clock clock, LibraryProfile profile, AccessLog accessLog) {
    this(sessions, clock, profile, DEFAULT_SEED, Size.DEMO, accessLog);
  }

  DemoDataLoader(
      SqlSessionFactory sessions, Clock clock, LibraryProfile profile, long seed, Size size) {
    this(sessions, clock, profile, seed, size, null);
  }

  private DemoDataLoader(
      SqlSessionFactory sessions,
      Clock clock,
      LibraryProfile profile,
      long seed,
      Size size,
      AccessLog accessLog) {
    this.sessions = sessions;
    this.clock = clock;
    this.profile = profile;
    this.seed = seed;
    this.size = size;
    this.accessLog = accessLog;
    register(sessions.getConfiguration());
  }

  /** Adds DemoDataMapper to a session factory that was built without it (BackendMain's is). */
  static void register(Configuration configuration) {
    synchronized (configuration) {
      if (!configuration.hasMapper(DemoDataMapper.class)) {
        configuration.addMapper(DemoDataMapper.class);
      }
      if (!configuration.hasMapper(DemoAccessLogMapper.class)) {
        configuration.addMapper(DemoAccessLogMapper.class);
      }
      // what LoanReturns and HoldCompletions, the ILS entry points every demo return and hold end
      // goes through, read and write
      for (Class<?> mapper : List.of(CirculationMapper.class, ConsentMapper.class)) {
        if (!configuration.hasMapper(mapper)) {
          configuration.addMapper(mapper);
        }
      }
    }
  }

  /** Loads the demo set unless the database has one; returns how many patrons it inserted. */
  public int load() {
    LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
    LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    try (SqlSession session = sessions.openSession(ExecutorType.BATCH, false)) {
      DemoDataMapper mapper = session.getMapper(DemoDataMapper.class);
      DemoDataSet present = mapper.findDataSet();
      if (present != null) {
        LOG.info(
            "Demo data: a data set for {} is already loaded (seed {}, made for {}); nothing to do",
            present.libraryProfile(),
            present.seed(),
            present.generatedFor());
        return 0;
      }
      mapper.claimDataSet(
          new DemoDataSet(
              seed, today, profile.id(), size.patrons(), size.loans(), "COMPLETE", now, now));
      if (affected(session.flushStatements()) == 0) {
        LOG.info("Demo data: another process loaded it meanwhile; nothing to do");
        session.rollback();
        return 0;
      }
      Map<String, String> existing = existingDemoPatrons(mapper, today);
      BatchInsertSink sink = new BatchInsertSink(session, 1000, 0, total -> {});
      long started = System.nanoTime();
      new DemoDataGenerator(seed, today, size, profile, DemoIds.Order.RANDOM)
          .generate(sink, existing);
      session.commit();
      // The written authorizations are signed through the portal's service, on committed patrons.
      new DemoAuthorizations(sessions, clock, profile, accessLog).sign();
      if (accessLog != null) {
        writeAccessLog(today);
      }
      Map<DemoTable, Long> written = sink.written();
      long rows = written.values().stream().mapToLong(Long::longValue).sum();
      // Counts only: the log never names a patron.
      LOG.info(
          "Demo data for {}: {} rows in {} ms ({} patrons inserted, {} already present, {} loans, {} of them"
              + " returned through the ILS entry point, {} holds ended through it)",
          profile.id(),
          rows,
          (System.nanoTime() - started) / 1_000_000,
          written.get(DemoTable.PATRON),
          existing.size(),
          written.get(DemoTable.LOAN),
          sink.returnsPlayed(),
          sink.holdsEnded());
      return written.get(DemoTable.PATRON).intValue();
    }
  }

  private void writeAccessLog(LocalDate today) {
    try (SqlSession session = sessions.openSession(false)) {
      new DemoAccessLog(profile, today, clock.instant()).write(session, accessLog);
      session.commit();
    }
  }

  /** Ids of hand-made demo patrons already in the database (from before the generator), by card. */
  private Map<String, String> existingDemoPatrons(DemoDataMapper mapper, LocalDate today) {
    List<DemoPatron> handMade = new ArrayList<>(DemoPatrons.all(today));
    handMade.addAll(DemoPatrons.withoutLogin(today, DemoLibrary.forProfile(profile.id())));
    Map<String, String> existing = new LinkedHashMap<>();
    for (DemoPatron patron : handMade) {
      String id = mapper.findPatronIdByCard(patron.profile().cardNumber());
      if (id != null) {
        existing.put(patron.profile().cardNumber(), id);
      }
    }
    return existing;
  }

  private static int affected(List<BatchResult> results) {
    int rows = 0;
    for (BatchResult result : results) {
      for (int count : result.getUpdateCounts()) {
        rows += Math.max(0, count);
      }
    }
    return rows;
  }
}
