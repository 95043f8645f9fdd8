package org.privacyportal.frontend.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendAnswer.Reason;
import org.privacyportal.frontend.sms.SmsMessages.Action;

class SmsMessagesTest {

  /**
   * Each row: the action, the problem (type, code, the field it names, tries left) and the message.
   */
  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
            SEND    | validation        | null              | number  | null | sms.error.number-invalid    | null
            SEND    | rate-limited      | resend-too-soon   | null    | null | sms.error.resend-too-soon   | null
            SEND    | rate-limited      | hourly-limit      | null    | null | sms.error.hourly-limit      | null
            RESEND  | rate-limited      | resend-too-soon   | null    | null | sms.error.resend-too-soon   | null
            RESEND  | rate-limited      | hourly-limit      | null    | null | sms.error.hourly-limit      | null
            RESEND  | conflict          | nothing-to-resend | null    | null | sms.error.nothing-to-resend | null
            CONFIRM | validation        | null              | code    | null | sms.error.code-format       | null
            CONFIRM | sms-code-mismatch | null              | null    | 3    | sms.error.code-wrong        | 3
            CONFIRM | sms-code-mismatch | null              | null    | null | sms.error.code-wrong-retry  | null
            CONFIRM | sms-code-expired  | null              | null    | null | sms.error.code-expired      | null
            CONFIRM | rate-limited      | too-many-attempts | null    | null | sms.error.too-many-attempts | null
            CONFIRM | conflict          | no-code           | null    | null | sms.error.no-code           | null
            CHOICES | conflict          | not-enabled       | null    | null | sms.error.not-enabled       | null
            CHOICES | validation        | null              | dueDate | null | sms.error.unexpected        | null
            """)
  void eachRefusalHasItsOwnMessage(
      Action action,
      String type,
      String code,
      String field,
      Integer triesLeft,
      String key,
      Integer count) {
    ApiProblem problem =
        new ApiProblem(
            type, code, field == null ? Map.of() : Map.of(field, "format"), triesLeft, null);

    SmsMessages.Message message =
        SmsMessages.forFailure(action, new BackendAnswer.Failed<>(Reason.REJECTED, 400, problem));

    assertThat(message).isEqualTo(new SmsMessages.Message(key, count));
  }

  @Test
  void theEnglishDetailIsNeverRead() {
    ApiProblem fromBody =
        ApiProblem.read(
            "{\"type\":\""
                + ApiProblem.TYPE_BASE
                + "rate-limited\",\"status\":429,"
                + "\"detail\":\"At most 3 codes can be sent in an hour.\",\"code\":\"resend-too-soon\",\"retryAfter\":30}");

    assertThat(
            SmsMessages.forFailure(
                    Action.SEND, new BackendAnswer.Failed<>(Reason.REJECTED, 429, fromBody))
                .key())
        .isEqualTo("sms.error.resend-too-soon");
  }

  @Test
  void notFoundAndFailuresOfTheConnectionAreExplainedForEveryAction() {
    for (Action action : Action.values()) {
      assertThat(SmsMessages.forFailure(action, new BackendAnswer.NotFound<>()).key())
          .isEqualTo("sms.error.not-available");
      assertThat(
              SmsMessages.forFailure(action, new BackendAnswer.Failed<>(Reason.SIGN_IN_AGAIN))
                  .key())
          .isEqualTo("sms.error.sign-in-again");
      assertThat(
              SmsMessages.forFailure(action, new BackendAnswer.Failed<>(Reason.UNAVAILABLE)).key())
          .isEqualTo("sms.error.unavailable");
    }
  }

  @Test
  void everyMessageKeyIsTranslated() throws IOException {
    List<String> keys =
        new ArrayList<>(
            List.of(
                "sms.error.not-available",
                "sms.error.sign-in-again",
                "sms.error.unavailable",
                "sms.error.unexpected"));
    for (Action action : Action.values()) {
      for (String type :
          new String[] {
            "validation",
            "conflict",
            "sms-code-expired",
            "sms-code-mismatch",
            "rate-limited",
            "malformed-request"
          }) {
        for (String code :
            new String[] {
              null,
              "no-code",
              "nothing-to-resend",
              "not-enabled",
              "resend-too-soon",
              "hourly-limit",
              "too-many-attempts"
            }) {
          for (Map<String, String> errors :
              List.of(
                  Map.<String, String>of(), Map.of("number", "format"), Map.of("code", "format"))) {
            keys.add(
                SmsMessages.forFailure(
                        action,
                        new BackendAnswer.Failed<>(
                            Reason.REJECTED, 400, new ApiProblem(type, code, errors, 2, null)))
                    .key());
          }
        }
      }
    }
    for (String bundle : new String[] {"sms.properties", "sms_es.properties"}) {
      assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
    }
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = SmsMessagesTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
