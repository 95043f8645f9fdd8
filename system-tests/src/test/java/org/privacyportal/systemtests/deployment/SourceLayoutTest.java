package org.privacyportal.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
  /** Build output, data and tool folders: not sources. */
  private static final Set<String> SKIPPED_FOLDERS =
      Set.of("target", ".git", ".portal-data", "node_modules", ".mvn");

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
    List<Path> citing = new ArrayList<>();
    Files.walkFileTree(
        ROOT,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            return SKIPPED_FOLDERS.contains(name)
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (isSourceOrConfig(file) && OUTSIDE_CITATION.matcher(read(file)).find()) {
              citing.add(ROOT.relativize(file));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    assertThat(citing).as("files citing documents outside the repository").isEmpty();
  }

  private static List<Path> packages() throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (String root : SOURCE_ROOTS) {
      try (Stream<Path> walk = Files.walk(ROOT.resolve(root))) {
        walk.filter(Files::isDirectory).filter(SourceLayoutTest::holdsJava).forEach(dirs::add);
      }
    }
    return dirs;
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(
          f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean hasDescription(Path packageInfo) {
    return Files.exists(packageInfo) && read(packageInfo).contains("/**");
  }

  private static boolean isSourceOrConfig(Path file) {
    String path = ROOT.relativize(file).toString().replace('\\', '/');
    // Applied Flyway migrations never change (their checksums are verified); the product
    // specification their comments cite is docs/product.md.
    return !path.contains("/db/migration/")
        && path.matches(".*\\.(java|xml|sql|yml|yaml|properties|json)$");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return ""; // binary or unreadable: not source text
    }
  }
}
