package dev.oautherrors.processor.diagnostic;

/** Counted nouns for messages: "1 code", "3 codes". */
public final class Plural {
  private Plural() {}

  /** {@code count} and the noun in the right number. */
  public static String count(int count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /** The noun alone, in the right number. */
  public static String noun(int count, String singular, String plural) {
    return count == 1 ? singular : plural;
  }
}
