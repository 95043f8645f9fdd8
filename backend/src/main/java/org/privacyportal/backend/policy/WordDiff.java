package org.privacyportal.backend.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyportal.backend.policy.PolicyDiff.Kind;
import org.privacyportal.backend.policy.PolicyDiff.Segment;

/**
 * Which words changed between an old line and the new line that replaced it: the old line as
 * unchanged and removed pieces, the new one as unchanged and added pieces. Tokens are words (with
 * inner apostrophes and hyphens: "patron's", "opt-in"), runs of spaces and single other characters,
 * so punctuation changes show without swallowing the word next to them; the pieces of each side
 * join back to its exact text. Longest common subsequence over tokens (a paragraph is a few hundred
 * tokens at most).
 */
final class WordDiff {

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|\\s+|.", Pattern.DOTALL);

  /**
   * The two sides of a changed line.
   *
   * @param similarity the share of words the lines have in common (Dice: 2 × common / (old + new)),
   *     0 to 1; low means the new line is another text rather than an edit of the old
   */
  record Lines(List<Segment> before, List<Segment> after, double similarity) {}

  private WordDiff() {}

  static Lines between(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    boolean[] keptA = new boolean[a.size()];
    boolean[] keptB = new boolean[b.size()];
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.get(i).equals(b.get(j))) {
        keptA[i++] = true;
        keptB[j++] = true;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    int words = countWords(a, null) + countWords(b, null);
    double similarity = words == 0 ? 0 : 2.0 * countWords(a, keptA) / words;
    return new Lines(segments(a, keptA, Kind.REMOVED), segments(b, keptB, Kind.ADDED), similarity);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  /**
   * The side's pieces: kept tokens unchanged, the others {@code changed}, neighbours of a kind
   * joined.
   */
  private static List<Segment> segments(List<String> tokens, boolean[] kept, Kind changed) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    Kind runKind = null;
    for (int k = 0; k < tokens.size(); k++) {
      Kind kind = kept[k] && !spaceBetweenChanges(tokens, kept, k) ? Kind.UNCHANGED : changed;
      if (kind != runKind && runKind != null) {
        segments.add(new Segment(runKind, run.toString()));
        run.setLength(0);
      }
      runKind = kind;
      run.append(tokens.get(k));
    }
    if (runKind != null) {
      segments.add(new Segment(runKind, run.toString()));
    }
    return spacesOutside(segments);
  }

  /**
   * Spaces at the edge of a change go to the unchanged words beside it: a mark (underline, strike)
   * then covers words only, and "your full record" reads "your [full] record", not "your [full
   * ]record".
   */
  private static List<Segment> spacesOutside(List<Segment> segments) {
    List<Segment> result = new ArrayList<>(segments);
    for (int k = 0; k < result.size(); k++) {
      Segment segment = result.get(k);
      if (segment.type() == Kind.UNCHANGED) {
        continue;
      }
      String text = segment.text();
      if (k + 1 < result.size()
          && text.length() > 1
          && Character.isWhitespace(text.charAt(text.length() - 1))) {
        String core = text.stripTrailing();
        Segment after = result.get(k + 1);
        result.set(k + 1, new Segment(after.type(), text.substring(core.length()) + after.text()));
        text = core;
      }
      if (k > 0 && text.length() > 1 && Character.isWhitespace(text.charAt(0))) {
        String core = text.stripLeading();
        Segment before = result.get(k - 1);
        result.set(
            k - 1,
            new Segment(
                before.type(), before.text() + text.substring(0, text.length() - core.length())));
        text = core;
      }
      result.set(k, new Segment(segment.type(), text));
    }
    return List.copyOf(result);
  }

  /**
   * A space kept between two changed words belongs to the change: "a b" → "c d" reads as one edit.
   */
  private static boolean spaceBetweenChanges(List<String> tokens, boolean[] kept, int k) {
    return tokens.get(k).isBlank()
        && k > 0
        && k < tokens.size() - 1
        && !kept[k - 1]
        && !kept[k + 1];
  }

  /** Word tokens (letters or digits), all of them or only the kept ones. */
  private static int countWords(List<String> tokens, boolean[] kept) {
    int count = 0;
    for (int k = 0; k < tokens.size(); k++) {
      if ((kept == null || kept[k]) && Character.isLetterOrDigit(tokens.get(k).codePointAt(0))) {
        count++;
      }
    }
    return count;
  }
}
