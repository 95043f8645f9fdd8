package org.privacyportal.frontend.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;

/** The words of a refusal come from the problem's type, code and fields, never its detail. */
class ProblemsTest {

  private static BackendAnswer.Failed<Object> rejected(int status, String body) {
    return new BackendAnswer.Failed<>(BackendAnswer.Reason.REJECTED, status, ApiProblem.read(body));
  }

  @Test
  void aSignatureWithAnOldSignInAsksToSignInAgain() {
    var failed =
        rejected(
            403,
            """
            {"type":"tag:privacyportal.org,2026:problems/reauthentication-required",
             "title":"Sign in again","status":403,"code":"SIGN_IN_AGAIN",
             "detail":"whatever the backend says in English"}
            """);

    assertThat(Problems.needsFreshSignIn(failed.problem())).isTrue();
    assertThat(Problems.key(failed)).isEqualTo("authorization.problem.sign-in-again");
  }

  @Test
  void eachCodeHasItsWords() {
    assertThat(Problems.key(ApiProblem.of("validation", "GRANTEE_NOT_MATCHED")))
        .isEqualTo("authorization.problem.grantee-not-matched");
    assertThat(Problems.key(ApiProblem.of("validation", "GRANTEE_IS_SIGNER")))
        .isEqualTo("authorization.problem.grantee-is-signer");
    assertThat(Problems.key(ApiProblem.of("conflict", "TEXT_CHANGED")))
        .isEqualTo("authorization.problem.text-changed");
    assertThat(Problems.key(ApiProblem.of("conflict", "ALREADY_REVOKED")))
        .isEqualTo("authorization.problem.already-revoked");
    assertThat(Problems.key(ApiProblem.of("rate-limited", null)))
        .isEqualTo("authorization.problem.rate-limited");
    assertThat(Problems.needsFreshSignIn(ApiProblem.of("conflict", "TEXT_CHANGED"))).isFalse();
  }

  @Test
  void aTypedNameThatIsNotTheSignersIsMarkedOnItsField() {
    var failed =
        rejected(
            400,
            """
            {"type":"tag:privacyportal.org,2026:problems/validation","status":400,
             "errors":{"typedName":"NAME_MISMATCH","unknownField":"x"}}
            """);

    assertThat(Problems.fields(failed.problem()))
        .isEqualTo(Map.of("typedName", "authorization.field-problem.typedName.NAME_MISMATCH"));
    assertThat(Problems.key(failed)).isEqualTo("authorization.problem.check-fields");
  }

  @Test
  void formFieldsAreMarkedWithTheirOwnMessage() {
    var problem =
        ApiProblem.read(
            """
            {"type":"tag:privacyportal.org,2026:problems/validation","status":400,
             "errors":{"validUntil":"too_late","purpose":"length"}}
            """);

    assertThat(Problems.fields(problem))
        .containsEntry("validUntil", "authorization.field-problem.validUntil")
        .containsEntry("purpose", "authorization.field-problem.purpose");
  }

  @Test
  void failuresWithoutAProblemHaveTheirOwnWords() {
    assertThat(Problems.key(new BackendAnswer.Failed<>(BackendAnswer.Reason.SIGN_IN_AGAIN)))
        .isEqualTo("authorization.problem.session-ended");
    assertThat(Problems.key(new BackendAnswer.Failed<>(BackendAnswer.Reason.UNAVAILABLE)))
        .isEqualTo("authorization.problem.unavailable");
    assertThat(Problems.key(rejected(400, "not json"))).isEqualTo("authorization.problem.refused");
  }
}
