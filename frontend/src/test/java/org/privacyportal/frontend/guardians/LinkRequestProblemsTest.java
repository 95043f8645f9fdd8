package org.privacyportal.frontend.guardians;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyportal.frontend.backend.ApiProblem;
import org.privacyportal.frontend.backend.BackendAnswer;
import org.privacyportal.frontend.backend.BackendAnswer.Reason;

/**
 * The link request page explains a refusal from the problem's code and fields, not its English
 * detail.
 */
class LinkRequestProblemsTest {

  private static String key(ApiProblem problem) {
    return LinkRequestView.problemKey(new BackendAnswer.Failed<>(Reason.REJECTED, 400, problem));
  }

  @Test
  void eachRefusalHasItsMessage() {
    assertThat(key(ApiProblem.of(ApiProblem.VALIDATION, "requester-is-minor")))
        .isEqualTo("guardians.request.error.adult-only");
    assertThat(
            key(
                new ApiProblem(
                    ApiProblem.VALIDATION,
                    null,
                    Map.of("minorBirthDate", "not-a-minor"),
                    null,
                    null)))
        .isEqualTo("guardians.request.error.birth-date");
    assertThat(
            key(
                new ApiProblem(
                    ApiProblem.VALIDATION, null, Map.of("minorCardNumber", "format"), null, null)))
        .isEqualTo("guardians.request.card-invalid");
    assertThat(key(ApiProblem.of(ApiProblem.MALFORMED_REQUEST, null)))
        .isEqualTo("guardians.request.error.check-fields");
    assertThat(LinkRequestView.problemKey(new BackendAnswer.Failed<>(Reason.UNAVAILABLE)))
        .isEqualTo("guardians.request.error.unavailable");
    assertThat(LinkRequestView.problemKey(new BackendAnswer.Failed<>(Reason.SIGN_IN_AGAIN)))
        .isEqualTo("guardians.request.error.sign-in-again");
  }
}
