package org.privacyportal.frontend.sms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyportal.frontend.backend.BackendAnswer;

/**
 * Which translated message explains a failed SMS action. The backend's status says what went wrong
 * (each action has its own set); its English detail only adds the tries left and which resend limit
 * was hit.
 */
final class SmsMessages {

    enum Action { LOAD, SEND, RESEND, CONFIRM, CHOICES, OPT_OUT }

    /** A translation key and its one parameter (tries left), or null for none. */
    record Message(String key, Integer count) {
    }

    private static final Pattern TRIES_LEFT = Pattern.compile("Tries left: (\\d+)");

    private SmsMessages() {
    }

    static Message forFailure(Action action, BackendAnswer<?> answer) {
        return switch (answer) {
            case BackendAnswer.Found<?> found -> throw new IllegalArgumentException("not a failure");
            case BackendAnswer.NotFound<?> none -> new Message("sms.error.not-available", null);
            case BackendAnswer.Failed<?> failed -> switch (failed.reason()) {
                case SIGN_IN_AGAIN -> new Message("sms.error.sign-in-again", null);
                case UNAVAILABLE -> new Message("sms.error.unavailable", null);
                case UNEXPECTED -> new Message("sms.error.unexpected", null);
                case REJECTED -> rejected(action, failed.status(), failed.detail());
            };
        };
    }

    private static Message rejected(Action action, int status, String detail) {
        String text = detail == null ? "" : detail;
        return switch (action) {
            case SEND, RESEND -> switch (status) {
                case 400 -> new Message(action == Action.SEND ? "sms.error.number-invalid" : "sms.error.unexpected",
                        null);
                case 409 -> new Message("sms.error.nothing-to-resend", null);
                case 429 -> new Message(text.contains("hour") ? "sms.error.hourly-limit" : "sms.error.resend-too-soon",
                        null);
                default -> new Message("sms.error.unexpected", null);
            };
            case CONFIRM -> switch (status) {
                case 400 -> new Message("sms.error.code-format", null);
                case 422 -> triesLeft(text) == null ? new Message("sms.error.code-wrong-retry", null)
                        : new Message("sms.error.code-wrong", triesLeft(text));
                case 410 -> new Message("sms.error.code-expired", null);
                case 429 -> new Message("sms.error.too-many-attempts", null);
                case 409 -> new Message("sms.error.no-code", null);
                default -> new Message("sms.error.unexpected", null);
            };
            case CHOICES -> new Message(status == 409 ? "sms.error.not-enabled" : "sms.error.unexpected", null);
            case LOAD, OPT_OUT -> new Message("sms.error.unexpected", null);
        };
    }

    private static Integer triesLeft(String detail) {
        Matcher matcher = TRIES_LEFT.matcher(detail);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
