package org.privacyportal.stack.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyportal.stack.StackStartException;

class KeycloakDistributionTest {

  @Test
  void unpacksOnceAndMarksTheCompleteUnpacking(@TempDir Path dir) throws IOException {
    Path zip = fakeDistribution(dir.resolve("kc.zip"));

    Path home = KeycloakDistribution.unpackOnce(zip, dir.resolve("keycloak"));

    assertThat(home).isEqualTo(dir.resolve("keycloak/keycloak-99.0.0"));
    assertThat(home.resolve("bin/kc.sh")).isExecutable().hasContent("#!/bin/sh");
    assertThat(home.resolve("lib/app.jar")).hasContent("jar");
    assertThat(home.resolve(KeycloakDistribution.MARKER)).exists();

    // a second call leaves the folder alone (its data survives)
    Files.writeString(home.resolve("lib/app.jar"), "changed");
    Files.createDirectories(home.resolve("data/h2"));
    assertThat(KeycloakDistribution.unpackOnce(zip, dir.resolve("keycloak"))).isEqualTo(home);
    assertThat(home.resolve("lib/app.jar")).hasContent("changed");
    assertThat(home.resolve("data/h2")).isDirectory();
  }

  @Test
  void anInterruptedUnpackingIsDoneAgain(@TempDir Path dir) throws IOException {
    Path zip = fakeDistribution(dir.resolve("kc.zip"));
    Path half = dir.resolve("keycloak/keycloak-99.0.0");
    Files.createDirectories(half.resolve("lib"));
    Files.writeString(half.resolve("lib/app.jar"), "trunc");
    Files.writeString(half.resolve("leftover"), "x");

    Path home = KeycloakDistribution.unpackOnce(zip, dir.resolve("keycloak"));

    assertThat(home.resolve("lib/app.jar")).hasContent("jar");
    assertThat(home.resolve("leftover")).doesNotExist();
    assertThat(home.resolve(KeycloakDistribution.MARKER)).exists();
  }

  @Test
  void aMissingZipSaysHowToGetIt(@TempDir Path dir) {
    assertThatThrownBy(() -> KeycloakDistribution.unpackOnce(dir.resolve("missing.zip"), dir))
        .isInstanceOf(StackStartException.class)
        .hasMessageContaining("missing.zip")
        .hasMessageContaining("Maven");
  }

  @Test
  void theBuildRecordedTheResolvedZip() {
    assertThat(KeycloakDistribution.version()).isEqualTo("26.4.7");
    assertThat(KeycloakDistribution.defaultZip())
        .isRegularFile()
        .hasFileName("keycloak-quarkus-dist-26.4.7.zip");
  }

  private static Path fakeDistribution(Path zip) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("keycloak-99.0.0/"));
      z.putNextEntry(new ZipEntry("keycloak-99.0.0/bin/"));
      z.putNextEntry(new ZipEntry("keycloak-99.0.0/bin/kc.sh"));
      z.write("#!/bin/sh".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("keycloak-99.0.0/lib/app.jar"));
      z.write("jar".getBytes(StandardCharsets.UTF_8));
    }
    return zip;
  }
}
