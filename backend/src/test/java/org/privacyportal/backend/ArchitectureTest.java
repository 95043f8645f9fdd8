package org.privacyportal.backend;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.privacyportal.backend.access.Grant;
import org.privacyportal.backend.audit.AccessLog;

/**
 * The access core's promise held by construction (docs/access-core.md): only the package {@code
 * access} writes the access log and makes grants, so no feature can read a patron's records without
 * the one unit of work that decides, logs and commits. And the feature packages form no dependency
 * cycle, so each can be read, and changed, from the bottom up.
 */
@AnalyzeClasses(
    packages = "org.privacyportal.backend",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * {@code audit} implements the log (and its own classes call each other); {@code demo} writes the
   * demo data's access-log rows directly: they are history made up for people who were never there,
   * with no caller, request or decision to run through the core (DemoAccessLog), and the chain they
   * make is verified like any other.
   */
  @ArchTest
  static final ArchRule onlyTheAccessCoreAppendsToTheAccessLog =
      noClasses()
          .that()
          .resideOutsideOfPackages("..backend.access..", "..backend.audit..", "..backend.demo..")
          .should()
          .callMethodWhere(target(name("append")).and(target(owner(assignableTo(AccessLog.class)))))
          .because("every access is decided and logged by the access core in one transaction");

  @ArchTest
  static final ArchRule onlyTheAccessCoreMakesGrants =
      noClasses()
          .that()
          .resideOutsideOfPackage("..backend.access..")
          .should()
          .callConstructorWhere(target(owner(type(Grant.class))))
          .because("a grant is the access rule's answer; no feature may make one up");

  @ArchTest
  static final ArchRule featurePackagesHaveNoCycles =
      slices().matching("org.privacyportal.backend.(*)..").should().beFreeOfCycles();
}
