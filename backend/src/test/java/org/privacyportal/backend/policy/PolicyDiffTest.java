package org.privacyportal.backend.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.library.LibraryProfile;
import org.privacyportal.backend.library.LibraryProfiles;
import org.privacyportal.backend.policy.PolicyDiff.Change;
import org.privacyportal.backend.policy.PolicyDiff.Kind;
import org.privacyportal.backend.policy.PolicyDiff.Segment;

class PolicyDiffTest {

  @Test
  void sameTextHasNoChanges() {
    assertThat(PolicyDiff.between("A\n\nB\n- c\n- d", "A\n\nB\n- c\n- d")).isEmpty();
  }

  @Test
  void addedRemovedAndReplacedLinesInReadingOrderRemovedBeforeAdded() {
    List<Change> changes =
        PolicyDiff.between(
            "One\n\nTwo\n\nThree\n- x\n- y", "One\n\nTwo, amended\n\nThree\n- y\n- z");

    assertThat(changes)
        .containsExactly(
            new Change(Kind.REMOVED, "Two", List.of(new Segment(Kind.UNCHANGED, "Two"))),
            new Change(
                Kind.ADDED,
                "Two, amended",
                List.of(new Segment(Kind.UNCHANGED, "Two"), new Segment(Kind.ADDED, ", amended"))),
            // no word in common: another line, not an edit of this one, so no word marks
            new Change(Kind.REMOVED, "- x"),
            new Change(Kind.ADDED, "- z"));
  }

  @Test
  void fromNothingEverythingIsAdded() {
    assertThat(PolicyDiff.between("", "A\n\nB"))
        .containsExactly(new Change(Kind.ADDED, "A"), new Change(Kind.ADDED, "B"));
  }

  @Test
  void blankLinesAreNotLines() {
    assertThat(PolicyDiff.between("A\n\n\n   \nB", "A\n\nB\n\n")).isEmpty();
    assertThat(PolicyDiff.between("A\n\nB", ""))
        .containsExactly(new Change(Kind.REMOVED, "A"), new Change(Kind.REMOVED, "B"));
  }

  @Test
  void anEditedParagraphSitsNextToItsOldSelfAmongNewOnes() {
    List<Change> changes =
        PolicyDiff.between(
            "Intro\n\nWe keep your loans for thirty days.\n\nOld closing words here.",
            "Intro\n\nA brand new paragraph.\n\nWe keep your loans for fourteen days.\n\nOld closing words here.");

    assertThat(changes)
        .extracting(Change::type, Change::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "A brand new paragraph."),
            org.assertj.core.groups.Tuple.tuple(
                Kind.REMOVED, "We keep your loans for thirty days."),
            org.assertj.core.groups.Tuple.tuple(
                Kind.ADDED, "We keep your loans for fourteen days."));
    assertThat(changes.get(0).words()).isEmpty();
    assertThat(changes.get(1).words())
        .containsExactly(
            new Segment(Kind.UNCHANGED, "We keep your loans for "),
            new Segment(Kind.REMOVED, "thirty"),
            new Segment(Kind.UNCHANGED, " days."));
    assertThat(changes.get(2).words())
        .containsExactly(
            new Segment(Kind.UNCHANGED, "We keep your loans for "),
            new Segment(Kind.ADDED, "fourteen"),
            new Segment(Kind.UNCHANGED, " days."));
  }

  @Test
  void theShippedVersionsDifferByTheirSummarizedChange() {
    LibraryProfile calcasieu = LibraryProfiles.load("calcasieu");
    List<Change> changes =
        PolicyDiff.between(
            calcasieu.policy("2024-09-01").orElseThrow().text().get("en"),
            calcasieu.policyText().get("en"));
    assertThat(changes).extracting(Change::type).containsExactly(Kind.REMOVED, Kind.ADDED);
    assertThat(changes.get(1).text()).contains("mobile numbers collected through opt-in");
    // an edit of the same paragraph: the added words are marked, and each side joins back to its
    // line
    assertThat(changes.get(1).words())
        .filteredOn(s -> s.type() == Kind.ADDED)
        .extracting(Segment::text)
        .containsExactly("and mobile numbers", "through opt-in");
    for (Change change : changes) {
      assertThat(String.join("", change.words().stream().map(Segment::text).toList()))
          .isEqualTo(change.text());
      assertThat(change.words()).extracting(Segment::type).contains(Kind.UNCHANGED);
    }

    LibraryProfile lawrence = LibraryProfiles.load("lawrence");
    assertThat(
            PolicyDiff.between(
                lawrence.policy("2024-09-01").orElseThrow().text().get("es"),
                lawrence.policyText().get("es")))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).isEqualTo(Kind.ADDED);
              assertThat(c.text()).contains("Historial de lectura");
              assertThat(c.words()).isEmpty(); // a new paragraph: no old one to compare with
            });
  }
}
