package org.privacyportal.frontend;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The frontend's packages are by feature (ARCHITECTURE.md, "Modules"): a feature may use the shared
 * packages and other features, but no two packages may need each other, directly or around a longer
 * loop, so each feature can be read, tested and changed on its own. Pages link back to the account
 * page by its path ({@code account.AccountPage}), not by its class, for that reason.
 */
@AnalyzeClasses(
    packages = "org.privacyportal.frontend",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noCyclesBetweenFeaturePackages =
      slices()
          .matching("org.privacyportal.frontend.(*)..")
          .namingSlices("$1")
          .should()
          .beFreeOfCycles();
}
