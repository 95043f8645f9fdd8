package org.privacyportal.backend.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads an {@link OutboxSmsGateway} folder as a developer would. */
final class Outbox {

  record Message(String to, String text, String sentAt) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

  private Outbox() {}

  /** Every finished message in the folder, oldest first. */
  static List<Message> messages(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(OutboxSmsGateway.SUFFIX))
          .sorted()
          .map(Outbox::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Message> messagesTo(Path directory, String e164) {
    return messages(directory).stream().filter(m -> m.to().equals(e164)).toList();
  }

  /** The code in the newest message to the number. */
  static String lastCode(Path directory, String e164) {
    List<Message> messages = messagesTo(directory, e164);
    if (messages.isEmpty()) {
      throw new AssertionError("no message to that number");
    }
    Matcher matcher = CODE.matcher(messages.getLast().text());
    if (!matcher.find()) {
      throw new AssertionError("no six-digit code in the message");
    }
    return matcher.group(1);
  }

  private static Message read(Path file) {
    try {
      JsonNode node = JSON.readTree(file.toFile());
      return new Message(
          node.get("to").asText(), node.get("text").asText(), node.get("sentAt").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
