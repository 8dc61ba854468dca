package dev.oautherrors.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where a catalog's provider sub-codes come from: a top-level JSON member of the error body (such
 * as Microsoft Entra ID's {@code "error_codes":[50126]}), a prefix of {@code error_description}
 * read by a pattern (such as {@code ^AADSTS(\d+):}), or both; the member wins when both are
 * present. Immutable; the generated catalog class hands its source to its parser.
 *
 * <p>The pattern is bounded so that a hostile description cannot make it slow: it must start with
 * {@code ^} and have exactly one capturing group; no group may carry a quantifier, no
 * back-reference or look-around is allowed, at most {@value #MAX_OPEN_QUANTIFIERS} quantifiers may
 * match a variable number of times ({@code * + ? {n,m}}); and it sees only the first {@value #DESCRIPTION_PREFIX_CHARS} characters of the
 * description. {@link #patternProblems(String)} says what breaks these rules; the processor reports
 * them at build time.
 */
public final class SubCodeSource {
  /** A source that yields no sub-codes: catalogs without {@code subCodes:}. */
  public static final SubCodeSource NONE = new SubCodeSource(null, null);

  /** How much of {@code error_description} the pattern sees. */
  public static final int DESCRIPTION_PREFIX_CHARS = 128;

  /**
   * How many quantifiers of variable length ({@code *}, {@code +}, {@code ?}, {@code {n,m}}) a
   * pattern may hold: with two, a failed match costs at most about the prefix length squared.
   */
  public static final int MAX_OPEN_QUANTIFIERS = 2;

  /** The members the parsers read as the error itself, which cannot also be a sub-code. */
  public static final List<String> RESERVED_FIELDS =
      List.of("error", "error_description", "error_uri", "state", "iss");

  private final String field;
  private final Pattern pattern;
  /** The pattern matched by hand when it has the usual shape; null otherwise. */
  private final DigitGroupMatcher digits;

  private SubCodeSource(String field, Pattern pattern) {
    this.field = field;
    this.pattern = pattern;
    this.digits = pattern == null ? null : DigitGroupMatcher.of(pattern.pattern());
  }

  /**
   * A source reading the JSON member {@code field} (null: none) and then the description prefix
   * {@code descriptionPattern} (null: none).
   *
   * @throws IllegalArgumentException if the field is reserved or empty, or the pattern breaks a
   *     rule of {@link #patternProblems(String)}
   */
  public static SubCodeSource of(String field, String descriptionPattern) {
    if (field != null && (field.isEmpty() || RESERVED_FIELDS.contains(field))) {
      throw new IllegalArgumentException("\"" + SafeText.forLog(field)
          + "\" cannot hold sub-codes; it is empty or one of " + RESERVED_FIELDS);
    }
    Pattern pattern = null;
    if (descriptionPattern != null) {
      List<String> problems = patternProblems(descriptionPattern);
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(problems.get(0));
      }
      pattern = Pattern.compile(descriptionPattern);
    }
    return field == null && pattern == null ? NONE : new SubCodeSource(field, pattern);
  }

  /** The JSON member that holds the sub-code, if any. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The pattern whose one group is the sub-code in a description's prefix, if any. */
  public Optional<String> descriptionPattern() {
    return pattern == null ? Optional.empty() : Optional.of(pattern.pattern());
  }

  /**
   * The sub-code that the description pattern finds in the first {@value
   * #DESCRIPTION_PREFIX_CHARS} characters of {@code description}; null when there is no pattern,
   * no description, no match, or an empty group.
   */
  public String fromDescription(String description) {
    if (pattern == null || description == null) {
      return null;
    }
    int limit = Math.min(description.length(), DESCRIPTION_PREFIX_CHARS);
    if (digits != null) {
      return digits.find(description, limit);
    }
    Matcher matcher = pattern.matcher(description);
    matcher.region(0, limit);
    if (!matcher.lookingAt()) {
      return null;
    }
    String group = matcher.group(1);
    return group == null || group.isEmpty() ? null : group;
  }

  /**
   * What makes {@code regex} unfit as a description pattern, one sentence each; empty when it is
   * fit. The rules keep matching linear in the prefix: anchored, one capturing group, no
   * quantified group, no back-reference or look-around, few unbounded quantifiers.
   */
  public static List<String> patternProblems(String regex) {
    List<String> problems = new ArrayList<>();
    Pattern compiled;
    try {
      compiled = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      problems.add("it is not a valid Java regular expression: " + e.getDescription()
          + " at index " + e.getIndex());
      return problems;
    }
    if (!regex.startsWith("^")) {
      problems.add("it must start with '^' so that it reads the start of the description only");
    }
    int groups = compiled.matcher("").groupCount();
    if (groups != 1) {
      problems.add("it has " + groups + " capturing groups, and needs exactly one around the"
          + " sub-code; write other groups as (?:...)");
    }
    scanConstructs(regex, problems);
    return problems;
  }

  /** Walks the pattern's text outside character classes for the constructs the rules forbid. */
  private static void scanConstructs(String regex, List<String> problems) {
    int open = 0;
    boolean inClass = false;
    int classDepth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        char next = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
        if (!inClass && (Character.isDigit(next) && next != '0' || next == 'k')) {
          problems.add("it uses a back-reference (\\" + next + "), which can make matching slow");
        }
        if (next == 'Q') {
          problems.add("it quotes with \\Q...\\E; escape each character instead");
        }
        i++;
        continue;
      }
      if (inClass) {
        if (c == '[') {
          classDepth++;
        } else if (c == ']' && --classDepth == 0) {
          inClass = false;
        }
        continue;
      }
      switch (c) {
        case '[':
          inClass = true;
          classDepth = 1;
          if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
            i++; // a ']' right after '[' is a literal
          }
          break;
        case '(':
          if (regex.startsWith("(?=", i) || regex.startsWith("(?!", i)
              || regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
            problems.add("it uses a look-around at index " + i + ", which can make matching"
                + " slow");
          }
          break;
        case ')':
          if (i + 1 < regex.length() && "*+?{".indexOf(regex.charAt(i + 1)) >= 0) {
            problems.add("a quantifier follows the group that ends at index " + i
                + ", which can make matching slow; quantify single characters or classes only");
          }
          break;
        case '*':
        case '+':
        case '?':
          if (i > 0 && regex.charAt(i - 1) == '(') {
            break; // (?:...), (?i) and the like: not a quantifier
          }
          open++;
          i = skipModifier(regex, i);
          break;
        case '{':
          int close = regex.indexOf('}', i);
          if (close > 0 && regex.substring(i, close).indexOf(',') >= 0) {
            open++;
          }
          if (close > 0) {
            i = skipModifier(regex, close);
          }
          break;
        default:
          break;
      }
    }
    if (open > MAX_OPEN_QUANTIFIERS) {
      problems.add("it has " + open + " quantifiers of variable length (*, +, ? or {n,m}), more"
          + " than the " + MAX_OPEN_QUANTIFIERS + " allowed; fix the length where you can, as"
          + " \\d{5}");
    }
  }

  /** Skips a lazy or possessive modifier ({@code ?} or {@code +}) after the quantifier at {@code i}. */
  private static int skipModifier(String regex, int i) {
    return i + 1 < regex.length() && (regex.charAt(i + 1) == '?' || regex.charAt(i + 1) == '+')
        ? i + 1
        : i;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubCodeSource that && Objects.equals(field, that.field)
        && Objects.equals(descriptionPattern(), that.descriptionPattern());
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, descriptionPattern());
  }

  @Override
  public String toString() {
    return "SubCodeSource{field=" + field + ", descriptionPattern="
        + descriptionPattern().orElse(null) + "}";
  }
}
