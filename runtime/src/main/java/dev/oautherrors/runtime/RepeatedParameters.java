package dev.oautherrors.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The OAuth parameters a response gave more than once, as bits: the parsers keep the first value
 * of each and set its bit, so that a caller can refuse the response (RFC 6749 §3.1: parameters
 * must not be included more than once). Bits keep the parse path free of allocation.
 */
final class RepeatedParameters {
  static final int ERROR = 1;
  static final int DESCRIPTION = 1 << 1;
  static final int URI = 1 << 2;
  static final int STATE = 1 << 3;
  static final int ISSUER = 1 << 4;

  private static final String[] NAMES = {"error", "error_description", "error_uri", "state", "iss"};

  private RepeatedParameters() {}

  /** The names whose bits are set in {@code mask}, in the order above. */
  static List<String> names(int mask) {
    if (mask == 0) {
      return Collections.emptyList();
    }
    List<String> names = new ArrayList<>(NAMES.length);
    for (int i = 0; i < NAMES.length; i++) {
      if ((mask & (1 << i)) != 0) {
        names.add(NAMES[i]);
      }
    }
    return Collections.unmodifiableList(names);
  }
}
