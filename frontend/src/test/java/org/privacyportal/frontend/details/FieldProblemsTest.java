package org.privacyportal.frontend.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyportal.frontend.backend.ApiProblem;

class FieldProblemsTest {

  @Test
  void findsEachFieldTheBackendNamesInItsOrder() {
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put("phone", "format");
    errors.put("address.postalCode", "format");

    assertThat(FieldProblems.named(new ApiProblem(ApiProblem.VALIDATION, null, errors, null, null)))
        .containsExactly("phone", "address.postalCode");
  }

  @Test
  void namesThatAreNoFieldOfOursAndOtherTypesAreIgnored() {
    assertThat(
            FieldProblems.named(
                new ApiProblem(ApiProblem.VALIDATION, null, Map.of("address", "type"), null, null)))
        .containsExactly("address");
    assertThat(
            FieldProblems.named(
                new ApiProblem(
                    ApiProblem.VALIDATION, null, Map.of("somethingElse", "format"), null, null)))
        .isEmpty();
    assertThat(FieldProblems.named(ApiProblem.of(ApiProblem.VALIDATION, "nothing-changes")))
        .isEmpty();
    assertThat(
            FieldProblems.named(
                new ApiProblem(ApiProblem.CONFLICT, null, Map.of("phone", "format"), null, null)))
        .isEmpty();
    assertThat(FieldProblems.named(ApiProblem.NONE)).isEmpty();
  }
}
