package org.privacyportal.backend.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyportal.backend.support.SettableClock;

class OutboxSmsGatewayTest {

  @Test
  void eachMessageIsOneJsonFileInTheOrderSentInAFolderCreatedOnFirstUse(@TempDir Path dir)
      throws IOException {
    Path outbox = dir.resolve("not/yet/there");
    SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:15:30Z"));
    OutboxSmsGateway gateway = new OutboxSmsGateway(outbox, clock);

    gateway.send("+13374912368", "first, with \"quotes\" and ñ");
    clock.set(Instant.parse("2026-03-01T10:15:31Z"));
    gateway.send("+447911123456", "second");

    assertThat(Outbox.messages(outbox))
        .containsExactly(
            new Outbox.Message(
                "+13374912368", "first, with \"quotes\" and ñ", "2026-03-01T10:15:30Z"),
            new Outbox.Message("+447911123456", "second", "2026-03-01T10:15:31Z"));
    try (Stream<Path> files = Files.list(outbox)) {
      assertThat(files).allMatch(f -> f.getFileName().toString().endsWith(".json")).hasSize(2);
    }
  }

  @Test
  void aFolderThatCannotBeWrittenFailsTheSendNamingTheFolderButNotTheNumber(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    OutboxSmsGateway gateway = new OutboxSmsGateway(file, new SettableClock(Instant.now()));

    assertThatThrownBy(() -> gateway.send("+13374912368", "code 123456"))
        .hasMessageContaining(file.toString())
        .hasMessageNotContaining("3374912368")
        .hasMessageNotContaining("123456")
        .satisfies(e -> assertThat(e.getCause().getMessage()).doesNotContain("3374912368"));
  }

  @Test
  void theDefaultFolderIsInTheTempFolder() {
    assertThat(OutboxSmsGateway.defaultDirectory())
        .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "portal-sms-outbox"));
  }
}
