package org.privacyportal.frontend.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyportal.frontend.backend.ApiProblem;

/** Staff read why a code opens nothing from the problem's type and code, never its detail. */
class AuthorizationCheckViewTest {

  @ParameterizedTest
  @CsvSource({
    "conflict, REVOKED, desk.check.error.revoked",
    "conflict, EXPIRED, desk.check.error.expired",
    "conflict, NOT_YET_VALID, desk.check.error.not-yet-valid",
    "conflict, ENDED_AT_MAJORITY, desk.check.error.ended-at-majority",
    "conflict, SOMETHING_NEW, desk.check.error.unavailable",
    "rate-limited, AUTHORIZATION_CODES, desk.check.error.too-many",
    "validation, , desk.check.error.format",
    "internal, , desk.check.error.unavailable"
  })
  void eachRefusalHasItsOwnWords(String type, String code, String key) {
    assertThat(AuthorizationCheckView.failureKey(ApiProblem.of(type, code))).isEqualTo(key);
  }

  @Test
  void theIdTypesAreTheBackendsList() {
    assertThat(AuthorizationCheckClient.ID_TYPES)
        .containsExactly(
            "DRIVERS_LICENSE",
            "STATE_ID",
            "PASSPORT",
            "MILITARY_ID",
            "TRIBAL_ID",
            "CONSULAR_ID",
            "OTHER_PHOTO_ID");
  }
}
