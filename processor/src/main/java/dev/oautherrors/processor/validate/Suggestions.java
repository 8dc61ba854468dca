package dev.oautherrors.processor.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelt field names, groups and flows. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code typed} by edit distance, ignoring case, if it is close enough
   * to be a likely typo: at most a third of the word's length, and at most 3 edits.
   */
  public static Optional<String> nearest(String typed, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lowerTyped = typed.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int distance = distance(lowerTyped, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.min(3, Math.max(1, typed.length() / 3));
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /**
   * "did you mean 'x'?" when there is a near candidate, otherwise "expected one of: a, b, c".
   */
  public static String hint(String typed, Collection<String> candidates, String listLabel) {
    return nearest(typed, candidates)
        .map(near -> "did you mean '" + near + "'?")
        .orElseGet(() -> candidates.isEmpty()
            ? "none are defined"
            : listLabel + ": " + String.join(", ", candidates));
  }

  /** Levenshtein distance, with transpositions counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
