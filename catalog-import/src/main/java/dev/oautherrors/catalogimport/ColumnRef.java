package dev.oautherrors.catalogimport;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A column of the table, by its header text (case-insensitive, white space normalised) or by its
 * 1-based position.
 */
public record ColumnRef(String header, int position) {
  /** A column chosen by header text ({@code position} 0) or by position ({@code header} empty). */
  public ColumnRef {
    if (header.isEmpty() == (position == 0)) {
      throw new IllegalArgumentException("a column is chosen by header or by position");
    }
  }

  /** {@code 3} is the third column; anything else is a header text. */
  public static ColumnRef parse(String option, String value) throws UsageException {
    String text = value.strip();
    if (text.isEmpty()) {
      throw new UsageException(option + " needs a header text or a column number");
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int position;
      try {
        position = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        position = 0;
      }
      if (position < 1) {
        throw new UsageException(option + " " + text + ": columns are numbered from 1");
      }
      return new ColumnRef("", position);
    }
    return new ColumnRef(text, 0);
  }

  /** The 0-based index of this column among {@code headers}, if it is there. */
  public OptionalInt indexIn(List<String> headers) {
    if (position > 0) {
      return position <= headers.size() ? OptionalInt.of(position - 1) : OptionalInt.empty();
    }
    String wanted = normalise(header);
    for (int i = 0; i < headers.size(); i++) {
      if (normalise(headers.get(i)).equals(wanted)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  @Override
  public String toString() {
    return position > 0 ? "column " + position : "column \"" + header + "\"";
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
