package dev.oautherrors.processor.diagnostic;

import dev.oautherrors.runtime.SafeText;
import java.util.Locale;

/**
 * Catalog text made fit for a compiler message: what cannot be seen, or would act on the terminal
 * or reorder the line, is written as a visible {@code \}{@code uXXXX} escape, and a value too long
 * to read is cut. Values in messages are quoted from the catalog, and a catalog can hold anything
 * a YAML escape can write: an ESC that recolours or clears the terminal, a carriage return that
 * overwrites the line, a zero-width space that makes {@code 'access_denied'} look like a name it
 * is not.
 */
public final class Printable {
  /** Values longer than this are cut to their start. */
  static final int MAX_LENGTH = 300;
  private static final int KEPT = 240;

  private Printable() {}

  /** {@code text} with invisible characters escaped, cut if longer than {@value #MAX_LENGTH}. */
  public static String of(String text) {
    if (text.length() <= MAX_LENGTH) {
      return escaped(text);
    }
    int end = Character.isHighSurrogate(text.charAt(KEPT - 1)) ? KEPT - 1 : KEPT;
    return escaped(text.substring(0, end)) + "\u2026 (" + text.length() + " characters)";
  }

  /** {@code text} with invisible characters escaped, whatever its length. */
  public static String escaped(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int count = Character.charCount(c);
      if (isInvisible(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        for (int j = i; j < i + count; j++) {
          out.append(String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(j)));
        }
      } else if (out != null) {
        out.append(text, i, i + count);
      }
      i += count;
    }
    return out == null ? text : out.toString();
  }

  /**
   * Whether the code point {@code c} is shown escaped in a message: what the runtime's {@link
   * SafeText#isUnsafe} calls unsafe (the library's one definition), but the line feed and tab that
   * lay out multi-line messages.
   */
  public static boolean isInvisible(int c) {
    return c != '\n' && c != '\t' && SafeText.isUnsafe(c);
  }
}
