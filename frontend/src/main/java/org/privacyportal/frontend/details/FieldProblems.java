package org.privacyportal.frontend.details;

import java.util.LinkedHashSet;
import java.util.Set;
import org.privacyportal.frontend.backend.ApiProblem;

/**
 * The fields a "validation" problem from the backend names in its {@code errors} member
 * (docs/problems.md); the page marks those fields with its own translated message.
 */
public final class FieldProblems {

  /** The field names the backend uses. */
  public static final Set<String> FIELDS =
      Set.of(
          "email",
          "phone",
          "address",
          "address.line1",
          "address.line2",
          "address.city",
          "address.region",
          "address.postalCode",
          "reason");

  private FieldProblems() {}

  /**
   * The known field names the problem refuses, in the backend's order; empty when it names none.
   */
  public static Set<String> named(ApiProblem problem) {
    Set<String> fields = new LinkedHashSet<>();
    if (problem.is(ApiProblem.VALIDATION)) {
      problem.errors().keySet().stream().filter(FIELDS::contains).forEach(fields::add);
    }
    return fields;
  }
}
