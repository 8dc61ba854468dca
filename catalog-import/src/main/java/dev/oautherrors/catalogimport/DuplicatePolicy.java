package dev.oautherrors.catalogimport;

/**
 * What to do when the table lists a code twice with different descriptions. The same code with
 * the same description is always one entry, and reported.
 */
public enum DuplicatePolicy implements Choice {
  /** Stop, naming both rows; nothing is written. */
  ERROR,
  /** Keep the first row's description. */
  FIRST,
  /** Keep the last row's description (at the first row's place). */
  LAST
}
