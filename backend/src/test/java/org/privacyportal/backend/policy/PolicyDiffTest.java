package org.privacyportal.backend.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfiles;
import org.privacyportal.backend.policy.PolicyDiff.Change;
import org.privacyportal.backend.policy.PolicyDiff.Kind;

class PolicyDiffTest {

  @Test
  void sameTextHasNoChanges() {
    assertThat(PolicyDiff.between("A\n\nB\n- c\n- d", "A\n\nB\n- c\n- d")).isEmpty();
  }

  @Test
  void addedRemovedAndReplacedLinesInReadingOrderRemovedBeforeAdded() {
    List<Change> changes = PolicyDiff.between("One\n\nTwo\n\nThree\n- x\n- y", "One\n\nTwo, amended\n\nThree\n- y\n- z");

    assertThat(changes).containsExactly(
        new Change(Kind.REMOVED, "Two"),
        new Change(Kind.ADDED, "Two, amended"),
        new Change(Kind.REMOVED, "- x"),
        new Change(Kind.ADDED, "- z"));
  }

  @Test
  void fromNothingEverythingIsAdded() {
    assertThat(PolicyDiff.between("", "A\n\nB")).containsExactly(new Change(Kind.ADDED, "A"), new Change(Kind.ADDED, "B"));
  }

  @Test
  void theShippedVersionsDifferByTheirSummarizedChange() {
    LibraryProfile calcasieu = LibraryProfiles.load("calcasieu");
    List<Change> changes = PolicyDiff.between(calcasieu.policy("2024-09-01").orElseThrow().text().get("en"),
        calcasieu.policyText().get("en"));
    assertThat(changes).extracting(Change::type).containsExactly(Kind.REMOVED, Kind.ADDED);
    assertThat(changes.get(1).text()).contains("mobile numbers collected through opt-in");

    LibraryProfile lawrence = LibraryProfiles.load("lawrence");
    assertThat(PolicyDiff.between(lawrence.policy("2024-09-01").orElseThrow().text().get("es"),
        lawrence.policyText().get("es")))
        .singleElement().satisfies(c -> {
          assertThat(c.type()).isEqualTo(Kind.ADDED);
          assertThat(c.text()).contains("Historial de lectura");
        });
  }
}
