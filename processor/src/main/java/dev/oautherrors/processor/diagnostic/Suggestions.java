package dev.oautherrors.processor.diagnostic;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelt field names, groups and flows. */
public final class Suggestions {
  /**
   * Longer words get no suggestion: nobody types a 300-character name by hand, and the edit
   * distance of two megabyte values would need a table of 10^12 cells.
   */
  static final int MAX_LENGTH = 256;

  private Suggestions() {}

  /**
   * The candidate closest to {@code typed} by edit distance, ignoring case, if it is close enough
   * to be a likely typo: at most a third of the word's length, and at most 3 edits; none for a
   * word longer than {@value #MAX_LENGTH} characters.
   */
  public static Optional<String> nearest(String typed, Collection<String> candidates) {
    if (typed.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lowerTyped = typed.toLowerCase(Locale.ROOT);
    int allowed = Math.min(3, Math.max(1, typed.length() / 3));
    for (String candidate : candidates) {
      // The distance is at least the difference in length: a candidate too long or too short
      // cannot be near, and the table is never larger than MAX_LENGTH by MAX_LENGTH + 3.
      if (Math.abs(candidate.length() - typed.length()) > allowed) {
        continue;
      }
      int distance = distance(lowerTyped, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
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
