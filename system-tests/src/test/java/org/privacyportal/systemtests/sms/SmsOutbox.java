package org.privacyportal.systemtests.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The stack's SMS outbox read as a developer would: one JSON file per message, names in the order
 * sent.
 */
final class SmsOutbox {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  private final Path directory;

  SmsOutbox(Path directory) {
    this.directory = directory;
  }

  /** The texts sent to the number, oldest first. */
  List<String> textsTo(String e164) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(SmsOutbox::read)
          .filter(message -> message.get("to").asText().equals(e164))
          .map(message -> message.get("text").asText())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for the {@code count}-th message to the number and returns the code in it. */
  String awaitCode(String e164, int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    List<String> texts = textsTo(e164);
    while (texts.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      texts = textsTo(e164);
    }
    if (texts.size() < count) {
      throw new AssertionError("no new text message in " + directory);
    }
    Matcher matcher = CODE.matcher(texts.get(count - 1));
    if (!matcher.find()) {
      throw new AssertionError("no six-digit code in the text message");
    }
    return matcher.group(1);
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
