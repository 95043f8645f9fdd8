package org.privacyportal.backend.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two versions of the policy, line by line: a paragraph is a line, and so is
 * each item of a list. A changed paragraph shows as the old one removed and the new one added.
 * Longest common subsequence over lines: policies are a few dozen lines, so the quadratic table is
 * small.
 */
final class PolicyDiff {

  enum Kind { ADDED, REMOVED }

  /** One changed line. */
  record Change(Kind type, String text) {
  }

  private PolicyDiff() {
  }

  /** The lines removed from {@code before} and added in {@code after}, in reading order. */
  static List<Change> between(String before, String after) {
    String[] a = lines(before);
    String[] b = lines(after);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Change> changes = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        i++;
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        // on a tie the old line goes first: a replaced paragraph reads "was ..., is now ..."
        changes.add(new Change(Kind.REMOVED, a[i++]));
      } else {
        changes.add(new Change(Kind.ADDED, b[j++]));
      }
    }
    return List.copyOf(changes);
  }

  private static String[] lines(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }
}
