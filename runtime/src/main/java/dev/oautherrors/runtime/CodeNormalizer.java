package dev.oautherrors.runtime;

/**
 * The lenient spelling of an error code: surrounding white space and control characters (those
 * {@link String#trim()} removes) dropped, ASCII letters folded to lower case and {@code -} read as
 * {@code _}. Two spellings with the same lenient form are the same code to a lenient lookup, so a
 * catalog must not hold two entries whose forms coincide (the processor rejects it).
 */
public final class CodeNormalizer {
  private CodeNormalizer() {}

  /**
   * Returns the lenient form of {@code code}. Inside the code, characters other than ASCII letters
   * and {@code -} are kept as they are, so no two codes that differ in any other way become equal.
   */
  public static String normalize(String code) {
    String trimmed = code.trim(); // the same string when there is nothing to trim
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if ((c >= 'A' && c <= 'Z') || c == '-') {
        return normalizeFrom(trimmed, i);
      }
    }
    return trimmed;
  }

  private static String normalizeFrom(String code, int start) {
    char[] chars = code.toCharArray();
    for (int i = start; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + ('a' - 'A'));
      } else if (c == '-') {
        chars[i] = '_';
      }
    }
    return new String(chars);
  }
}
