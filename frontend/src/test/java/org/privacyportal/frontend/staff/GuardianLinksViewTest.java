package org.privacyportal.frontend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyportal.frontend.backend.ApiProblem;

/**
 * Staff read why an approval was refused from the problem's type, code and fields, never its
 * detail.
 */
class GuardianLinksViewTest {

  @Test
  void eachRefusalOfAnApprovalHasItsOwnWords() {
    assertThat(
            GuardianLinksView.failureKey(
                ApiProblem.of(ApiProblem.CONFLICT, "approver-is-requester")))
        .isEqualTo("staff.guardian.error.approver-is-requester");
    assertThat(GuardianLinksView.failureKey(ApiProblem.of(ApiProblem.CONFLICT, "link-ended")))
        .isEqualTo("staff.guardian.error.link-ended");
    assertThat(
            GuardianLinksView.failureKey(
                ApiProblem.of(ApiProblem.CONFLICT, "request-without-child")))
        .isEqualTo("staff.guardian.error.request-without-child");
    assertThat(GuardianLinksView.failureKey(ApiProblem.of(ApiProblem.CONFLICT, "already-decided")))
        .isEqualTo("staff.guardian.error.conflict");
    assertThat(
            GuardianLinksView.failureKey(
                new ApiProblem(
                    ApiProblem.VALIDATION,
                    null,
                    Map.of("minorCardNumber", "not-named-child"),
                    null,
                    null)))
        .isEqualTo("staff.guardian.error.not-named-child");
    assertThat(
            GuardianLinksView.failureKey(
                new ApiProblem(
                    ApiProblem.VALIDATION,
                    null,
                    Map.of("minorCardNumber", "not-a-minor"),
                    null,
                    null)))
        .isEqualTo("staff.guardian.error.card");
  }
}
