package org.privacyportal.backend.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two versions of the policy, line by line: a paragraph is a line, and so is
 * each item of a list. A changed paragraph shows as the old one removed and the new one added, next
 * to each other, and both carry which of their words changed ({@link WordDiff}), so a reader does
 * not have to compare two long paragraphs to find the one word that differs. A removed and an added
 * line are taken for an edit of one another when at least half their words are common; otherwise
 * each stands alone, without word marks (the whole line is the change). Longest common subsequence
 * over lines: policies are a few dozen lines, so the quadratic table is small.
 */
final class PolicyDiff {

  /** Lines are ADDED or REMOVED; the words of a line also UNCHANGED. */
  enum Kind {
    ADDED,
    REMOVED,
    UNCHANGED
  }

  /** A piece of a changed line: words kept from the other version, or removed or added. */
  record Segment(Kind type, String text) {}

  /**
   * One changed line.
   *
   * @param words the line in pieces when it is an edit of a line on the other side (their texts
   *     join to {@code text}); empty when the whole line was added or removed
   */
  record Change(Kind type, String text, List<Segment> words) {

    Change(Kind type, String text) {
      this(type, text, List.of());
    }
  }

  /** Half the words in common: an edit of the same paragraph rather than a new one. */
  static final double SAME_PARAGRAPH = 0.5;

  private PolicyDiff() {}

  /** The lines removed from {@code before} and added in {@code after}, in reading order. */
  static List<Change> between(String before, String after) {
    String[] a = lines(before);
    String[] b = lines(after);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Change> changes = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        hunk(removed, added, changes);
        i++;
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        removed.add(a[i++]);
      } else {
        added.add(b[j++]);
      }
    }
    hunk(removed, added, changes);
    return List.copyOf(changes);
  }

  /**
   * One run of changed lines between two unchanged ones: each removed line, right after it the
   * added line that edits it (if any), and added lines that edit nothing where they stand. Pairs
   * keep the order of both sides. Removed lines go first: a replaced paragraph reads "was ..., is
   * now ...".
   */
  private static void hunk(List<String> removed, List<String> added, List<Change> changes) {
    int next = 0; // the first added line not yet written
    for (String old : removed) {
      int partner = -1;
      WordDiff.Lines words = null;
      for (int k = next; k < added.size() && partner < 0; k++) {
        WordDiff.Lines candidate = WordDiff.between(old, added.get(k));
        if (candidate.similarity() >= SAME_PARAGRAPH) {
          partner = k;
          words = candidate;
        }
      }
      if (partner < 0) {
        changes.add(new Change(Kind.REMOVED, old));
        continue;
      }
      for (; next < partner; next++) {
        changes.add(new Change(Kind.ADDED, added.get(next)));
      }
      changes.add(new Change(Kind.REMOVED, old, words.before()));
      changes.add(new Change(Kind.ADDED, added.get(partner), words.after()));
      next = partner + 1;
    }
    for (; next < added.size(); next++) {
      changes.add(new Change(Kind.ADDED, added.get(next)));
    }
    removed.clear();
    added.clear();
  }

  private static String[] lines(String text) {
    return Arrays.stream(text.split("\n"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }
}
