package dev.oautherrors.catalogimport;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An option whose value is one of a few words; the enums of {@link ImportOptions} implement it. */
public interface Choice {
  /**
   * The word that selects this value, as the command line and the Maven goals spell it: the
   * constant's name in lower case, unless the enum says otherwise.
   */
  default String spelling() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant of {@code type} spelled {@code value} (ignoring case), or a usage error that
   * names {@code option} and lists the words it takes.
   */
  static <E extends Enum<E> & Choice> E parse(Class<E> type, String option, String value)
      throws UsageException {
    for (E constant : type.getEnumConstants()) {
      if (constant.spelling().equalsIgnoreCase(value.strip())) {
        return constant;
      }
    }
    throw new UsageException(option + " takes " + spellings(type) + ", not '" + value + "'");
  }

  /** Every spelling of {@code type}, for messages and help: {@code a, b or c}. */
  static <E extends Enum<E> & Choice> String spellings(Class<E> type) {
    String[] words = Arrays.stream(type.getEnumConstants()).map(Choice::spelling)
        .toArray(String[]::new);
    if (words.length == 1) {
      return words[0];
    }
    return Arrays.stream(words, 0, words.length - 1).collect(Collectors.joining(", "))
        + " or " + words[words.length - 1];
  }
}
