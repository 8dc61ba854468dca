package dev.oautherrors.catalogimport.yaml;

import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a string as a YAML scalar that reads back as exactly that string, to SnakeYAML and to
 * Jackson's YAML parser (the processor's): plain when that is safe, else quoted. A plain scalar
 * is unsafe when YAML would read it as something else ({@code yes}, {@code null}, {@code 50126},
 * {@code 1e3}, {@code 2024-01-01}), when it starts with an indicator ({@code *&!%@|>'"#} and
 * the like), holds {@code ": "} or {@code " #"}, or, inside {@code {...}} or {@code [...]},
 * a flow indicator. Characters YAML cannot hold as they are force double quotes and escapes;
 * everything else, non-ASCII included, is written as it is (the file is UTF-8).
 */
public final class YamlScalars {
  private static final Resolver RESOLVER = new Resolver();
  /** Characters that cannot start a plain scalar (or could start something else). */
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
  /** YAML 1.1 booleans SnakeYAML's resolver leaves to the application; Jackson may not. */
  private static final Set<String> SHORT_BOOLEANS = Set.of("y", "Y", "n", "N");

  private YamlScalars() {}

  /** How a scalar is quoted. */
  public enum Quote {
    /** No quotes, when safe; else double quotes. */
    PLAIN,
    /** {@code 'it''s'}. */
    SINGLE,
    /** {@code "say \"hi\""}. */
    DOUBLE
  }

  /** {@code value} as a scalar, in {@code preferred} style when it can be; {@code inFlow}: the
   * scalar sits inside {@code {...}} or {@code [...]}. */
  public static String write(String value, Quote preferred, boolean inFlow) {
    if (needsEscapes(value)) {
      return doubleQuoted(value);
    }
    return switch (preferred) {
      case PLAIN -> isSafePlain(value, inFlow) ? value : doubleQuoted(value);
      case SINGLE -> "'" + value.replace("'", "''") + "'";
      case DOUBLE -> doubleQuoted(value);
    };
  }

  /**
   * {@code value} as a block scalar without a final line break ({@code |-} literal on one line,
   * or {@code >-} folded at spaces to fit {@code width} columns), its lines indented by
   * {@code indent} spaces; empty when a block scalar cannot hold it exactly (empty, leading
   * white space, a character that needs an escape, a line break of its own).
   */
  public static java.util.Optional<String> block(String value, boolean folded, int indent,
      String newline, int width) {
    if (value.isBlank() || Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1)) || needsEscapes(value)) {
      return java.util.Optional.empty();
    }
    String margin = " ".repeat(indent);
    StringBuilder out = new StringBuilder(folded ? ">-" : "|-");
    if (!folded) {
      return java.util.Optional.of(out.append(newline).append(margin).append(value).toString());
    }
    int room = Math.max(20, width - indent);
    int lineStart = 0;
    while (lineStart < value.length()) {
      int end = value.length();
      if (end - lineStart > room) {
        end = foldPoint(value, lineStart, room);
      }
      out.append(newline).append(margin).append(value, lineStart, end);
      lineStart = end < value.length() ? end + 1 : end; // skip the space folded into the break
    }
    return java.util.Optional.of(out.toString());
  }

  /**
   * Where to break a folded line that starts at {@code start}: at the last single space within
   * {@code room} characters (a folded break reads back as one space, so a break beside another
   * space would change the text), else at the first single space after; the end when none.
   */
  private static int foldPoint(String value, int start, int room) {
    int best = -1;
    for (int i = start + 1; i < value.length() - 1; i++) {
      boolean single = value.charAt(i) == ' ' && value.charAt(i - 1) != ' '
          && value.charAt(i + 1) != ' ';
      if (single) {
        if (i - start <= room || best < 0) {
          best = i;
        }
        if (i - start > room) {
          break;
        }
      }
    }
    return best < 0 ? value.length() : best;
  }

  /** Whether {@code value}, written without quotes, reads back as this same string. */
  public static boolean isSafePlain(String value, boolean inFlow) {
    if (value.isEmpty() || value.isBlank() || needsEscapes(value)
        || value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '
        || INDICATORS.indexOf(value.charAt(0)) >= 0
        || value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
      return false;
    }
    if (inFlow && (value.indexOf(':') >= 0 || value.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0))) {
      return false;
    }
    char first = value.charAt(0);
    if (Character.isDigit(first) || first == '+' || first == '.' || first == '~'
        || SHORT_BOOLEANS.contains(value)) {
      return false; // numbers, dates, .inf, ~: quote rather than trust two resolvers' rules
    }
    return RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR);
  }

  /** {@code value} in double quotes, with {@code \} escapes where YAML needs them. */
  public static String doubleQuoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (isPrintable(value, i)) {
            out.append(c);
            if (Character.isHighSurrogate(c)) {
              out.append(value.charAt(++i));
            }
          } else {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Whether {@code value} holds a character only a double-quoted escape should write (tabs
   * included: a catalog holds none as they are). */
  static boolean needsEscapes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || !isPrintable(value, i)) {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return false;
  }

  /** YAML 1.1's printable set, with line breaks and BOM left out; a pair of surrogates is one. */
  private static boolean isPrintable(String value, int i) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return false;
    }
    return (c >= 0x20 && c <= 0x7e)
        || (c >= 0xa0 && c <= 0xd7ff && c != 0x2028 && c != 0x2029)
        || (c >= 0xe000 && c <= 0xfffd && c != 0xfeff);
  }
}
