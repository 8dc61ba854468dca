package dev.oautherrors.runtime;

import java.util.Locale;

/**
 * Lenient matching of {@code error_description} texts against a catalog's known reasons. Servers
 * change the case and spacing of these texts between releases, so two texts match when they are
 * equal after case folding, trimming, collapsing runs of white space and dropping every trailing
 * period: a final {@code .} and an ellipsis {@code ...} end a sentence alike, and so does a period
 * after a space ({@code "expired ."} is {@code "expired"}). Periods inside the text stay.
 */
public final class ReasonText {
  private ReasonText() {}

  /** The form two texts are compared in. */
  public static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == '.' || out.charAt(end - 1) == ' ')) {
      end--;
    }
    out.setLength(end);
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code description} is one of the reason's spellings, leniently. */
  public static boolean matches(String description, KnownReason reason) {
    String wanted = normalize(description);
    for (String spelling : reason.spellings()) {
      if (normalize(spelling).equals(wanted)) {
        return true;
      }
    }
    return false;
  }
}
