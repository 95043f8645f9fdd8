package org.privacyportal.frontend.sms;

import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;

/**
 * Which translated message explains a failed SMS action: chosen from the backend problem's type,
 * code and members (docs/problems.md), never from its English detail.
 */
final class SmsMessages {

  enum Action {
    LOAD,
    SEND,
    RESEND,
    CONFIRM,
    CHOICES,
    OPT_OUT
  }

  /** A translation key and its one parameter (tries left), or null for none. */
  record Message(String key, Integer count) {}

  private static final Message UNEXPECTED = new Message("sms.error.unexpected", null);

  private SmsMessages() {}

  static Message forFailure(Action action, BackendAnswer<?> answer) {
    return switch (answer) {
      case BackendAnswer.Found<?> found -> throw new IllegalArgumentException("not a failure");
      case BackendAnswer.NotFound<?> none -> new Message("sms.error.not-available", null);
      case BackendAnswer.Failed<?> failed ->
          switch (failed.reason()) {
            case SIGN_IN_AGAIN -> new Message("sms.error.sign-in-again", null);
            case UNAVAILABLE -> new Message("sms.error.unavailable", null);
            case UNEXPECTED -> UNEXPECTED;
            case REJECTED -> rejected(action, failed.problem());
          };
    };
  }

  private static Message rejected(Action action, ApiProblem problem) {
    String code = problem.code() == null ? "" : problem.code();
    return switch (problem.type()) {
      case ApiProblem.VALIDATION -> {
        if (problem.errors().containsKey("number") && action == Action.SEND) {
          yield new Message("sms.error.number-invalid", null);
        }
        yield problem.errors().containsKey("code")
            ? new Message("sms.error.code-format", null)
            : UNEXPECTED;
      }
      case ApiProblem.SMS_CODE_MISMATCH ->
          problem.triesLeft() == null
              ? new Message("sms.error.code-wrong-retry", null)
              : new Message("sms.error.code-wrong", problem.triesLeft());
      case ApiProblem.SMS_CODE_EXPIRED -> new Message("sms.error.code-expired", null);
      case ApiProblem.RATE_LIMITED ->
          switch (code) {
            case "hourly-limit" -> new Message("sms.error.hourly-limit", null);
            case "resend-too-soon" -> new Message("sms.error.resend-too-soon", null);
            case "too-many-attempts" -> new Message("sms.error.too-many-attempts", null);
            default -> UNEXPECTED;
          };
      case ApiProblem.CONFLICT ->
          switch (code) {
            case "no-code" -> new Message("sms.error.no-code", null);
            case "nothing-to-resend" -> new Message("sms.error.nothing-to-resend", null);
            case "not-enabled" -> new Message("sms.error.not-enabled", null);
            default -> UNEXPECTED;
          };
      default -> UNEXPECTED;
    };
  }
}
