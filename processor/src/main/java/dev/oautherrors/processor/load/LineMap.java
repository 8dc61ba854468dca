package dev.oautherrors.processor.load;

import dev.oautherrors.processor.diagnostic.Position;
import java.util.Arrays;

/**
 * Turns offsets into a text into the line and column that messages show, counted the way the
 * code frame ({@code CatalogText.line}), javac and editors count them: a line ends at LF, CRLF
 * or CR (not at NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR, which YAML also breaks lines at), and
 * columns count UTF-16 chars (an emoji is two). SnakeYAML counts code points and breaks lines at
 * all five, so its own line and column drift from what the user sees after such characters; its
 * offsets do not.
 */
final class LineMap {
  private final int length;
  /** The char index at which each line starts. */
  private final int[] lineStarts;
  /** The code point index of every supplementary character, ascending. */
  private final int[] supplementary;

  LineMap(String text) {
    this.length = text.length();
    int[] starts = new int[16];
    int lines = 1;
    int[] astral = new int[0];
    int astralCount = 0;
    int codePoint = 0;
    for (int i = 0; i < text.length(); i++, codePoint++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (astralCount == astral.length) {
          astral = Arrays.copyOf(astral, Math.max(8, astralCount * 2));
        }
        astral[astralCount++] = codePoint;
        i++;
        continue;
      }
      boolean lineEnd = c == '\n' || (c == '\r'
          && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, lines);
    this.supplementary = Arrays.copyOf(astral, astralCount);
  }

  /** The position of the code point at {@code codePointIndex} (YAML's offsets). */
  Position atCodePoint(long codePointIndex) {
    int index = (int) Math.max(0, Math.min(codePointIndex, Integer.MAX_VALUE));
    int before = Arrays.binarySearch(supplementary, index);
    int astralBefore = before >= 0 ? before : -before - 1;
    return atChar(index + astralBefore);
  }

  /** The position of the char at {@code charIndex}; past the end is the end. */
  Position atChar(int charIndex) {
    int index = Math.max(0, Math.min(charIndex, length));
    int found = Arrays.binarySearch(lineStarts, index);
    int line = found >= 0 ? found : -found - 2;
    return new Position(line + 1, index - lineStarts[line] + 1);
  }
}
