package org.privacyportal.backend.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.privacyportal.backend.http.Json;

/**
 * The default gateway: each message becomes one small JSON file ({"to", "text", "sentAt"}) in a
 * folder a developer can read ({@code PORTAL_SMS_OUTBOX}; {@code ./portal run} uses {@code <data
 * dir>/sms-outbox}). File names start with the time sent, so {@code ls} lists them in order. A file
 * is written under a temporary name and then renamed, so a reader never sees half a message. The
 * outbox is the transport: it holds the number, as a carrier would; nothing is logged.
 */
public final class OutboxSmsGateway implements SmsGateway {

  /** The suffix of a finished message; anything else in the folder is ignored by readers. */
  public static final String SUFFIX = ".json";

  private static final ObjectMapper JSON = Json.mapper();

  private final Path directory;
  private final Clock clock;

  public OutboxSmsGateway(Path directory, Clock clock) {
    this.directory = directory.toAbsolutePath().normalize();
    this.clock = clock;
  }

  /**
   * The folder used when none is configured: {@code portal-sms-outbox} in the system's temp folder.
   */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("java.io.tmpdir"), "portal-sms-outbox");
  }

  public Path directory() {
    return directory;
  }

  @Override
  public void send(String e164, String text) {
    Map<String, String> message = new LinkedHashMap<>();
    message.put("to", e164);
    message.put("text", text);
    message.put("sentAt", clock.instant().toString());
    String name = String.format(Locale.ROOT, "%015d-%s", clock.millis(), UUID.randomUUID());
    try {
      Files.createDirectories(directory);
      Path partial = directory.resolve(name + ".partial");
      Files.write(partial, JSON.writeValueAsBytes(message));
      Files.move(partial, directory.resolve(name + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an SMS could not be written as JSON");
    } catch (IOException e) {
      // The folder and the kind of failure only: the message and the number stay out of logs.
      throw new UncheckedIOException(
          "cannot write to the SMS outbox " + directory + " (" + e.getClass().getSimpleName() + ")",
          new IOException(e.getClass().getSimpleName()));
    }
  }

  @Override
  public String toString() {
    return "OutboxSmsGateway[" + directory + "]";
  }
}
