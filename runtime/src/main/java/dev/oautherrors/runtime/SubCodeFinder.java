package dev.oautherrors.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds {@code "field"} (with its quotes) anywhere in a body: a flat body that holds it is read
 * again by Jackson, which knows where the member lies. Text uses {@link String#indexOf}; bytes a
 * Horspool search, which skips up to the quoted name's length at each step, so a body without
 * the name costs a small fraction of a pass over it.
 */
final class SubCodeFinder {
  private final String quoted;
  private final byte[] bytes;
  private final int[] shift = new int[256];

  SubCodeFinder(String field) {
    this.quoted = '"' + field + '"';
    this.bytes = quoted.getBytes(StandardCharsets.UTF_8);
    int m = bytes.length;
    Arrays.fill(shift, m);
    for (int i = 0; i < m - 1; i++) {
      shift[bytes[i] & 0xff] = m - 1 - i;
    }
  }

  /** Whether {@code body[from..]} holds the quoted name. */
  boolean in(byte[] body, int from) {
    int m = bytes.length;
    int last = m - 1;
    for (int at = from; at <= body.length - m; at += shift[body[at + last] & 0xff]) {
      int j = last;
      while (j >= 0 && body[at + j] == bytes[j]) {
        j--;
      }
      if (j < 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code body[from..]} holds the quoted name. */
  boolean in(String body, int from) {
    return body.indexOf(quoted, from) >= 0;
  }
}
