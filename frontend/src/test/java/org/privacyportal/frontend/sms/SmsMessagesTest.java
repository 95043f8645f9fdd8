package org.privacyportal.frontend.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendAnswer.Reason;
import org.privacyportal.frontend.sms.SmsMessages.Action;

class SmsMessagesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            SEND    | 400 | The number is not a mobile number.                     | sms.error.number-invalid    | null
            SEND    | 429 | A code was sent less than a minute ago. Wait 30 seconds | sms.error.resend-too-soon   | null
            SEND    | 429 | At most 3 codes can be sent in an hour.                 | sms.error.hourly-limit      | null
            RESEND  | 429 | A code was sent less than a minute ago. Wait 30 seconds | sms.error.resend-too-soon   | null
            RESEND  | 429 | At most 3 codes can be sent in an hour.                 | sms.error.hourly-limit      | null
            RESEND  | 409 | No code is waiting that could be sent again.            | sms.error.nothing-to-resend | null
            CONFIRM | 400 | The field 'code' must be the six digits sent by SMS.    | sms.error.code-format       | null
            CONFIRM | 422 | The code is not correct. Tries left: 3.                 | sms.error.code-wrong        | 3
            CONFIRM | 422 | null                                                    | sms.error.code-wrong-retry  | null
            CONFIRM | 410 | The code has expired.                                   | sms.error.code-expired      | null
            CONFIRM | 429 | Too many wrong codes.                                   | sms.error.too-many-attempts | null
            CONFIRM | 409 | No code is waiting to be confirmed.                     | sms.error.no-code           | null
            CHOICES | 409 | SMS notices are off.                                    | sms.error.not-enabled       | null
            CHOICES | 400 | The field 'dueDate' is required.                        | sms.error.unexpected        | null
            """)
    void eachRefusalHasItsOwnMessage(Action action, int status, String detail, String key, Integer count) {
        SmsMessages.Message message = SmsMessages.forFailure(action, new BackendAnswer.Failed<>(Reason.REJECTED,
                status, detail));

        assertThat(message).isEqualTo(new SmsMessages.Message(key, count));
    }

    @Test
    void notFoundAndFailuresOfTheConnectionAreExplainedForEveryAction() {
        for (Action action : Action.values()) {
            assertThat(SmsMessages.forFailure(action, new BackendAnswer.NotFound<>()).key())
                    .isEqualTo("sms.error.not-available");
            assertThat(SmsMessages.forFailure(action, new BackendAnswer.Failed<>(Reason.SIGN_IN_AGAIN)).key())
                    .isEqualTo("sms.error.sign-in-again");
            assertThat(SmsMessages.forFailure(action, new BackendAnswer.Failed<>(Reason.UNAVAILABLE)).key())
                    .isEqualTo("sms.error.unavailable");
        }
    }

    @Test
    void everyMessageKeyIsTranslated() throws IOException {
        List<String> keys = new ArrayList<>(List.of("sms.error.not-available", "sms.error.sign-in-again",
                "sms.error.unavailable", "sms.error.unexpected"));
        for (Action action : Action.values()) {
            for (int status : new int[] {400, 409, 410, 422, 429}) {
                for (String detail : new String[] {null, "Tries left: 2.", "At most 3 codes can be sent in an hour."}) {
                    keys.add(SmsMessages.forFailure(action, new BackendAnswer.Failed<>(Reason.REJECTED, status, detail))
                            .key());
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
