package dev.oautherrors.catalogimport.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns cell text into catalog text. Web pages carry characters a reader does not see: no-break
 * spaces, zero-width spaces, soft hyphens, byte order marks, line breaks from the page's layout.
 * In a description they become plain single spaces or nothing; in a code, where the processor
 * rejects them, the same happens and each change is noted for the report.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** A code's text and what was changed to get it (empty when nothing was). */
  public record Code(String text, List<String> changes) {
    /** A normalised code; the list is copied. */
    public Code {
      changes = List.copyOf(changes);
    }
  }

  /** {@code text} as one trimmed line: white space runs become one space, invisible marks go. */
  public static String text(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (kind(c)) {
        case SPACE -> space = out.length() > 0;
        case INVISIBLE -> { }
        case VISIBLE -> {
          if (space) {
            out.append(' ');
            space = false;
          }
          out.appendCodePoint(c);
        }
      }
    }
    return out.toString();
  }

  /**
   * {@code raw} as a code: invisible characters removed, other white space made plain spaces,
   * runs of spaces collapsed, the ends trimmed, and one pair of backticks or quotes around the
   * whole removed (text pasted from a rendered page keeps them).
   */
  public static Code code(String raw) {
    Set<String> changes = new LinkedHashSet<>();
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      i += Character.charCount(c);
      switch (kind(c)) {
        case SPACE -> {
          if (c != ' ') {
            changes.add(describe(c));
          }
          out.append(' ');
        }
        case INVISIBLE -> changes.add(describe(c));
        case VISIBLE -> out.appendCodePoint(c);
      }
    }
    String spaced = out.toString();
    String inner = spaced.strip();
    if (!inner.equals(spaced)) {
      changes.add("spaces around it");
    }
    if (inner.contains("  ")) {
      changes.add("repeated spaces");
    }
    String trimmed = inner.replaceAll(" {2,}", " ");
    String unwrapped = unwrap(trimmed);
    if (!unwrapped.equals(trimmed)) {
      changes.add(trimmed.charAt(0) == '`' ? "backticks around it" : "quotes around it");
    }
    return new Code(unwrapped, new ArrayList<>(changes));
  }

  private static String unwrap(String text) {
    if (text.length() < 3) {
      return text;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    boolean wrapped = (first == '`' && last == '`') || (first == '"' && last == '"')
        || (first == '\'' && last == '\'') || (first == '\u201c' && last == '\u201d')
        || (first == '\u2018' && last == '\u2019');
    return wrapped ? text.substring(1, text.length() - 1).strip() : text;
  }

  private enum Kind { SPACE, INVISIBLE, VISIBLE }

  private static Kind kind(int c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
      return Kind.SPACE;
    }
    switch (Character.getType(c)) {
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return Kind.SPACE;
      case Character.CONTROL:
        return c == 0x85 ? Kind.SPACE : Kind.INVISIBLE;
      case Character.FORMAT:
      case Character.SURROGATE:
        return Kind.INVISIBLE;
      case Character.UNASSIGNED:
        // Noncharacters (U+FFFE, U+FFFF...) are never text; other unassigned code points may be
        // in a newer Unicode than this JDK's.
        return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe
            ? Kind.INVISIBLE : Kind.VISIBLE;
      default:
        return Kind.VISIBLE;
    }
  }

  /** {@code U+00A0 NO-BREAK SPACE}; a line break or a tab by that name. */
  static String describe(int c) {
    if (c == '\n' || c == '\r') {
      return "a line break";
    }
    if (c == '\t') {
      return "a tab";
    }
    String name = Character.getName(c);
    return String.format(Locale.ROOT, "U+%04X%s", c, name == null ? "" : " " + name);
  }
}
