package org.privacyportal.frontend.authorization;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;

/**
 * The words for a refused or failed call, chosen from the backend's problem type, code and fields
 * (docs/problems.md), never from its English {@code detail}.
 */
final class Problems {

  /** The backend's problem type for a signature whose sign-in is too old. */
  static final String REAUTHENTICATION_REQUIRED = "reauthentication-required";

  /** The fields of the form and the review the backend may name in a "validation" problem. */
  static final Set<String> FIELDS =
      Set.of(
          "granteeName",
          "granteeCardNumber",
          "categories",
          "purpose",
          "validFrom",
          "validUntil",
          "typedName",
          "statementAccepted");

  private Problems() {}

  /** The translation key of the message for a failed call. */
  static String key(BackendAnswer.Failed<?> failed) {
    return switch (failed.reason()) {
      case SIGN_IN_AGAIN -> "authorization.problem.session-ended";
      case UNAVAILABLE -> "authorization.problem.unavailable";
      case UNEXPECTED -> "authorization.problem.unexpected";
      case REJECTED -> key(failed.problem());
    };
  }

  /** The translation key of the message for a problem the backend answered. */
  static String key(ApiProblem problem) {
    if (needsFreshSignIn(problem)) {
      return "authorization.problem.sign-in-again";
    }
    if (problem.code() != null) {
      switch (problem.code()) {
        case "GRANTEE_NOT_MATCHED" -> {
          return "authorization.problem.grantee-not-matched";
        }
        case "GRANTEE_IS_SIGNER" -> {
          return "authorization.problem.grantee-is-signer";
        }
        case "TEXT_CHANGED" -> {
          return "authorization.problem.text-changed";
        }
        case "ALREADY_REVOKED" -> {
          return "authorization.problem.already-revoked";
        }
        default -> {
          // a field's code below, or the type's words
        }
      }
    }
    if (!fields(problem).isEmpty()) {
      return "authorization.problem.check-fields";
    }
    if (problem.is(ApiProblem.RATE_LIMITED)) {
      return "authorization.problem.rate-limited";
    }
    return "authorization.problem.refused";
  }

  /** True when the backend refused a signature for want of a fresh sign-in. */
  static boolean needsFreshSignIn(ApiProblem problem) {
    return problem.is(REAUTHENTICATION_REQUIRED) || "SIGN_IN_AGAIN".equals(problem.code());
  }

  /**
   * The known fields a "validation" problem names, each with the key of its message ({@code
   * authorization.field-problem.<field>}, or {@code ...typedName.NAME_MISMATCH} for a typed name
   * that is not the signer's).
   */
  static Map<String, String> fields(ApiProblem problem) {
    Map<String, String> named = new LinkedHashMap<>();
    if (!problem.is(ApiProblem.VALIDATION)) {
      return named;
    }
    problem
        .errors()
        .forEach(
            (field, code) -> {
              if (FIELDS.contains(field)) {
                named.put(
                    field,
                    field.equals("typedName") && "NAME_MISMATCH".equals(code)
                        ? "authorization.field-problem.typedName.NAME_MISMATCH"
                        : "authorization.field-problem." + field);
              }
            });
    if (named.isEmpty() && "NAME_MISMATCH".equals(problem.code())) {
      named.put("typedName", "authorization.field-problem.typedName.NAME_MISMATCH");
    }
    return named;
  }
}
