package dev.oautherrors.catalogimport.yaml;

/**
 * Converts SnakeYAML's positions, which count code points, into indexes of the Java string, which
 * count chars: they differ after every character outside the Basic Multilingual Plane (an
 * emoji in a cause).
 */
final class Offsets {
  /** The char index of each code point index, or null when the text has no surrogate pair. */
  private final int[] charIndex;

  Offsets(String text) {
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints == text.length()) {
      charIndex = null;
      return;
    }
    charIndex = new int[codePoints + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      charIndex[cp++] = i;
    }
    charIndex[cp] = text.length();
  }

  /** The char index of the code point index {@code codePoint}. */
  int toChar(int codePoint) {
    if (charIndex == null) {
      return codePoint;
    }
    return charIndex[Math.min(codePoint, charIndex.length - 1)];
  }
}
