package org.privacyportal.stack.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.privacyportal.stack.StackStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Keycloak server distribution: the zip Maven resolved (its path is written into {@code
 * portal-stack.properties} at build time) unpacked once into a folder.
 */
public final class KeycloakDistribution {

  private static final Logger LOG = LoggerFactory.getLogger(KeycloakDistribution.class);
  private static final String PROPERTIES = "/org/privacyportal/stack/portal-stack.properties";
  static final String MARKER = ".portal-unzipped";

  private KeycloakDistribution() {}

  /** The Keycloak version the stack was built with. */
  public static String version() {
    return buildProperties().getProperty("keycloak.version");
  }

  /** The distribution zip in the local Maven repository, as resolved at build time. */
  public static Path defaultZip() {
    String zip = buildProperties().getProperty("keycloak.dist.zip", "");
    if (zip.isBlank() || zip.startsWith("${")) {
      String v = version();
      return Path.of(
          System.getProperty("user.home"),
          ".m2",
          "repository",
          "org",
          "keycloak",
          "keycloak-quarkus-dist",
          v,
          "keycloak-quarkus-dist-" + v + ".zip");
    }
    return Path.of(zip);
  }

  /**
   * Unpacks {@code zip} into {@code parent} unless a previous unpacking completed (marked by a file
   * written last). Returns the Keycloak home, {@code parent/keycloak-<version>}.
   */
  public static Path unpackOnce(Path zip, Path parent) {
    if (!Files.isRegularFile(zip)) {
      throw new StackStartException(
          "The Keycloak distribution "
              + zip
              + " is missing. Build the stack module "
              + "with Maven first (it resolves org.keycloak:keycloak-quarkus-dist:zip into the local repository).");
    }
    try (ZipFile zipFile = new ZipFile(zip.toFile())) {
      String top = topFolder(zipFile);
      Path home = parent.toAbsolutePath().normalize().resolve(top);
      Path marker = home.resolve(MARKER);
      if (Files.isRegularFile(marker)) {
        return home;
      }
      LOG.info("Unpacking {} into {}", zip.getFileName(), parent);
      deleteRecursively(home);
      Files.createDirectories(home);
      Enumeration<? extends ZipEntry> entries = zipFile.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        Path target = parent.toAbsolutePath().normalize().resolve(entry.getName()).normalize();
        if (!target.startsWith(home)) {
          throw new IOException("Zip entry outside " + top + ": " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = zipFile.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      try (Stream<Path> bin = Files.list(home.resolve("bin"))) {
        bin.filter(p -> p.getFileName().toString().endsWith(".sh"))
            .forEach(p -> p.toFile().setExecutable(true, false));
      }
      Files.writeString(marker, zip.getFileName().toString());
      return home;
    } catch (IOException e) {
      throw new StackStartException(
          "Could not unpack " + zip + " into " + parent + ": " + e.getMessage(), e);
    }
  }

  private static String topFolder(ZipFile zipFile) throws IOException {
    Enumeration<? extends ZipEntry> entries = zipFile.entries();
    if (!entries.hasMoreElements()) {
      throw new IOException("empty zip");
    }
    String first = entries.nextElement().getName();
    int slash = first.indexOf('/');
    if (slash <= 0) {
      throw new IOException("no top folder in the zip");
    }
    return first.substring(0, slash);
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Properties buildProperties() {
    Properties properties = new Properties();
    try (InputStream in = KeycloakDistribution.class.getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException(PROPERTIES + " is missing from the stack jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
