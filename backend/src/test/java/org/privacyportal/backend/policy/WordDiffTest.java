package org.privacyportal.backend.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyportal.backend.policy.PolicyDiff.Kind;
import org.privacyportal.backend.policy.PolicyDiff.Segment;

class WordDiffTest {

  private static Segment same(String text) {
    return new Segment(Kind.UNCHANGED, text);
  }

  private static Segment added(String text) {
    return new Segment(Kind.ADDED, text);
  }

  private static Segment removed(String text) {
    return new Segment(Kind.REMOVED, text);
  }

  @Test
  void anInsertionIsMarkedOnTheNewSideOnly() {
    WordDiff.Lines lines = WordDiff.between("We share nothing.", "We share nothing with anyone.");

    assertThat(lines.before()).containsExactly(same("We share nothing."));
    assertThat(lines.after())
        .containsExactly(same("We share nothing "), added("with anyone"), same("."));
  }

  @Test
  void aDeletionIsMarkedOnTheOldSideOnly() {
    WordDiff.Lines lines =
        WordDiff.between("Staff may read your full record.", "Staff may read your record.");

    assertThat(lines.before())
        .containsExactly(same("Staff may read your "), removed("full"), same(" record."));
    assertThat(lines.after()).containsExactly(same("Staff may read your record."));
  }

  @Test
  void
      aReplacementIsRemovedOnOneSideAndAddedOnTheOtherAndSpacesBetweenChangedWordsBelongToTheChange() {
    WordDiff.Lines lines =
        WordDiff.between(
            "Kept for thirty calendar days by the library.",
            "Kept for two full weeks by the library.");

    assertThat(lines.before())
        .containsExactly(
            same("Kept for "), removed("thirty calendar days"), same(" by the library."));
    assertThat(lines.after())
        .containsExactly(same("Kept for "), added("two full weeks"), same(" by the library."));
    assertThat(lines.similarity()).isEqualTo(2.0 * 5 / (8 + 8));
  }

  @Test
  void aChangeMadeOfSpacesOnlyIsKept() {
    WordDiff.Lines lines = WordDiff.between("a b", "a  b");
    assertThat(String.join("", lines.after().stream().map(Segment::text).toList()))
        .isEqualTo("a  b");
  }

  @Test
  void punctuationAndWordsWithApostrophesOrHyphensAreTokensOfTheirOwn() {
    assertThat(WordDiff.tokens("The patron's opt-in, today."))
        .containsExactly("The", " ", "patron's", " ", "opt-in", ",", " ", "today", ".");
    WordDiff.Lines lines = WordDiff.between("Loans, holds and fines", "Loans, holds, and fines");
    assertThat(lines.after()).containsExactly(same("Loans, holds"), added(","), same(" and fines"));
  }

  @Test
  void identicalLinesHaveNothingMarkedAndAreFullySimilar() {
    WordDiff.Lines lines = WordDiff.between("Ningún cambio aquí.", "Ningún cambio aquí.");

    assertThat(lines.before()).containsExactly(same("Ningún cambio aquí."));
    assertThat(lines.after()).containsExactly(same("Ningún cambio aquí."));
    assertThat(lines.similarity()).isEqualTo(1.0);
  }

  @Test
  void emptyLinesHaveNoPiecesAndNoSimilarity() {
    assertThat(WordDiff.between("", "")).isEqualTo(new WordDiff.Lines(List.of(), List.of(), 0));
    WordDiff.Lines fromEmpty = WordDiff.between("", "New words");
    assertThat(fromEmpty.before()).isEmpty();
    assertThat(fromEmpty.after()).containsExactly(added("New words"));
    assertThat(fromEmpty.similarity()).isZero();
  }

  @Test
  void differentTextsShareLittle() {
    assertThat(
            WordDiff.between("Alpha beta gamma delta.", "Something else entirely, the end.")
                .similarity())
        .isLessThan(PolicyDiff.SAME_PARAGRAPH);
  }
}
