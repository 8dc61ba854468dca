package dev.oautherrors.processor.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps the lines JavaPoet leaves long: Javadoc prose, {@code permits} and {@code implements}
 * clauses, and constants initialised with a long string. The rest of JavaPoet's layout is kept.
 */
final class SourceFormatter {
  static final int WIDTH = 100;

  private SourceFormatter() {}

  static String format(String source) {
    StringBuilder out = new StringBuilder(source.length() + 256);
    boolean inPre = false;
    for (String line : source.split("\n", -1)) {
      String trimmed = line.stripLeading();
      if (trimmed.startsWith("* <pre>") || trimmed.startsWith("<pre>")) {
        inPre = true;
      }
      if (line.length() <= WIDTH || inPre) {
        out.append(line);
      } else if (trimmed.startsWith("* ")) {
        out.append(wrapComment(line, line.substring(0, line.indexOf('*') + 2)));
      } else if (line.contains(" permits ") && line.endsWith("{")) {
        out.append(wrapPermits(line));
      } else if (line.contains(" implements ") && line.endsWith("{")) {
        out.append(breakBefore(line, " implements "));
      } else if (line.contains(" = \"") && line.endsWith("\";")) {
        out.append(breakAfter(line, " ="));
      } else {
        out.append(line);
      }
      if (trimmed.contains("</pre>")) {
        inPre = false;
      }
      out.append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /**
   * Fills words into lines of at most {@link #WIDTH}, never breaking inside an inline tag; a block
   * tag ({@code @param}) continues four spaces deeper.
   */
  private static String wrapComment(String line, String prefix) {
    String text = line.substring(prefix.length());
    String continuation = text.startsWith("@") ? prefix + "    " : prefix;
    List<String> words = words(text);
    StringBuilder out = new StringBuilder(line.length() + 16).append(prefix);
    int lineStart = 0;
    boolean first = true;
    for (String word : words) {
      if (!first && out.length() - lineStart + 1 + word.length() > WIDTH) {
        out.append('\n');
        lineStart = out.length();
        out.append(continuation);
      } else if (!first) {
        out.append(' ');
      }
      out.append(word);
      first = false;
    }
    return out.toString();
  }

  /** Words separated by spaces, keeping {@code {@link A b}} together. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      if (c == ' ' && depth == 0) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static String indentOf(String line) {
    return line.substring(0, line.length() - line.stripLeading().length());
  }

  /** Continues the line from {@code separator} on, four spaces deeper. */
  private static String breakBefore(String line, String separator) {
    int at = line.indexOf(separator);
    return line.substring(0, at) + "\n" + indentOf(line) + "    " + line.substring(at + 1);
  }

  /** Breaks the line after {@code separator}, continuing four spaces deeper. */
  private static String breakAfter(String line, String separator) {
    int at = line.indexOf(separator) + separator.length();
    return line.substring(0, at) + "\n" + indentOf(line) + "    " + line.substring(at + 1);
  }

  /** {@code ... permits A, B {} → the header, then {@code permits} and one type per line. */
  private static String wrapPermits(String line) {
    int permits = line.indexOf(" permits ");
    String indent = indentOf(line);
    String head = line.substring(0, permits);
    String list = line.substring(permits + " permits ".length(), line.length() - 1).strip();
    String[] types = list.split(",\\s*");
    StringBuilder out = new StringBuilder(line.length() + types.length * 12)
        .append(head).append('\n').append(indent).append("    permits ");
    for (int i = 0; i < types.length; i++) {
      if (i > 0) {
        out.append(",\n").append(indent).append("        ");
      }
      out.append(types[i]);
    }
    return out.append(" {").toString();
  }
}
