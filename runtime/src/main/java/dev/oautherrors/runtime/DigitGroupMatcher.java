package dev.oautherrors.runtime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The usual shape of a description pattern, {@code ^PREFIX(\d{m,n})SUFFIX} (Entra's
 * {@code ^AADSTS(\d{1,10}):}), matched by hand: plain literal text around one group of ASCII
 * digits gives exactly what the regular expression gives (a test compares the two on every
 * shape), without a {@link Matcher}, which costs more than the rest of a flat body's parse.
 * {@link SubCodeSource} uses the regular expression for any other pattern.
 */
final class DigitGroupMatcher {
  /** Plain text: characters that mean themselves in a Java regular expression. */
  private static final String PLAIN = "[A-Za-z0-9 _:,;/=-]";
  private static final Pattern SHAPE = Pattern.compile("\\^(" + PLAIN + "*)"
      + "\\(\\\\d(?:\\{(\\d{1,4}),(\\d{1,4})\\}|\\{(\\d{1,4})\\}|(\\+))\\)"
      + "((?:[A-Za-z _:,;/=-]" + PLAIN + "*)?)");

  private final String prefix;
  private final int min;
  private final int max;
  private final String suffix;

  private DigitGroupMatcher(String prefix, int min, int max, String suffix) {
    this.prefix = prefix;
    this.min = min;
    this.max = max;
    this.suffix = suffix;
  }

  /** The matcher for {@code regex}, or null when it has another shape. */
  static DigitGroupMatcher of(String regex) {
    Matcher shape = SHAPE.matcher(regex);
    if (!shape.matches()) {
      return null;
    }
    int min;
    int max;
    if (shape.group(2) != null) {
      min = Integer.parseInt(shape.group(2));
      max = Integer.parseInt(shape.group(3));
    } else if (shape.group(4) != null) {
      min = max = Integer.parseInt(shape.group(4));
    } else {
      min = 1;
      max = Integer.MAX_VALUE;
    }
    return min <= max ? new DigitGroupMatcher(shape.group(1), min, max, shape.group(6)) : null;
  }

  /**
   * What {@code lookingAt()} of the pattern gives as its group in {@code text[0, limit)}: the
   * digits, or null for no match or an empty group.
   */
  String find(String text, int limit) {
    int start = prefix.length();
    if (start > limit || !text.startsWith(prefix)) {
      return null;
    }
    int end = start;
    while (end < limit && end - start <= max && isDigit(text.charAt(end))) {
      end++;
    }
    int digits = end - start;
    if (suffix.isEmpty()) {
      // Greedy, and nothing after the group: as many digits as the group takes.
      int taken = Math.min(digits, max);
      return taken >= min && taken > 0 ? text.substring(start, start + taken) : null;
    }
    // The suffix starts with a non-digit, so it can follow only the whole run of digits.
    if (digits > max || digits < min || digits == 0 || end + suffix.length() > limit
        || !text.startsWith(suffix, end)) {
      return null;
    }
    return text.substring(start, end);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
