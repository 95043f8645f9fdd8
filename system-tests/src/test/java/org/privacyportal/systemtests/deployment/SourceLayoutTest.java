package org.privacyportal.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code base explains itself and stands on its own: every package says what it is for in a
 * package-info.java, and no source file cites a document outside the repository.
 */
class SourceLayoutTest {

  private static final Path ROOT =
      Path.of(System.getProperty("portal.repoRoot", "..")).toAbsolutePath().normalize();

  private static final List<String> SOURCE_ROOTS =
      List.of(
          "backend/src/main/java",
          "frontend/src/main/java",
          "stack/src/main/java",
          "system-tests/src/test/java");

  /** Citations of the team's working folder next to the repository, which a clone does not have. */
  private static final Pattern OUTSIDE_CITATION =
      Pattern.compile("\\.\\./shared|(?<!docs/)product\\.md|engineering\\.md");

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    List<Path> packages = packages();
    assertThat(packages).isNotEmpty();
    assertThat(packages)
        .filteredOn(dir -> !hasDescription(dir.resolve("package-info.java")))
        .as("packages without a package-info.java that describes them")
        .isEmpty();
  }

  @Test
  void sourcesCiteOnlyDocumentsInTheRepository() throws IOException {
    List<Path> citing;
    try (Stream<Path> files = Files.walk(ROOT)) {
      citing =
          files
              .filter(Files::isRegularFile)
              .filter(SourceLayoutTest::isSourceOrConfig)
              .filter(file -> OUTSIDE_CITATION.matcher(read(file)).find())
              .map(ROOT::relativize)
              .toList();
    }
    assertThat(citing).as("files citing documents outside the repository").isEmpty();
  }

  private static List<Path> packages() throws IOException {
    List<Path> dirs = new java.util.ArrayList<>();
    for (String root : SOURCE_ROOTS) {
      try (Stream<Path> walk = Files.walk(ROOT.resolve(root))) {
        walk.filter(Files::isDirectory).filter(SourceLayoutTest::holdsJava).forEach(dirs::add);
      }
    }
    return dirs;
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean hasDescription(Path packageInfo) {
    return Files.exists(packageInfo) && read(packageInfo).contains("/**");
  }

  private static boolean isSourceOrConfig(Path file) {
    String path = ROOT.relativize(file).toString().replace('\\', '/');
    if (path.contains("/target/")
        || path.startsWith(".git/")
        || path.startsWith(".portal-data/")
        || path.contains("node_modules/")) {
      return false;
    }
    return path.matches(".*\\.(java|xml|sql|yml|yaml|properties|json)$");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return ""; // binary or unreadable: not source text
    }
  }
}
