package dev.oautherrors.runtime;

import dev.oautherrors.runtime.ParseResult.Problem;

/**
 * What the body parsers found in one body, before its status and headers are considered: an
 * error's fields, a JSON object without {@code error}, or a problem. Mutable while a parser fills
 * it in; one per parse.
 */
final class BodyScan {
  /** What kind of body it is. */
  enum Kind {
    /** An OAuth error: {@link #code} and the other fields are set. */
    ERROR,
    /** A JSON object without {@code error}; {@link #parameters} holds its scalar members. */
    OBJECT,
    /** Empty or white space only. */
    EMPTY,
    /** Anything else: {@link #problem} and {@link #detail} say what. */
    PROBLEM
  }

  Kind kind;
  String code;
  String description;
  String uri;
  String state;
  String issuer;
  /** The {@link RepeatedParameters} bits of the known members given more than once. */
  int repeated;
  /** The {@link RepeatedParameters} bits of the known members seen so far. */
  int seen;
  /** The raw sub-code read from the catalog's sub-code member, if any. */
  String subCode;
  Parameters parameters = Parameters.EMPTY;
  Problem problem;
  String detail;

  /**
   * Notes that the member with {@code bit} was seen; whether it was seen before (then its first
   * value stands, and the repeat is recorded).
   */
  boolean repeat(int bit) {
    if ((seen & bit) != 0) {
      repeated |= bit;
      return true;
    }
    seen |= bit;
    return false;
  }

  static BodyScan problem(Problem problem, String detail) {
    BodyScan scan = new BodyScan();
    scan.setProblem(problem, detail);
    return scan;
  }

  static BodyScan empty(String detail) {
    BodyScan scan = problem(Problem.EMPTY, detail);
    scan.kind = Kind.EMPTY;
    return scan;
  }

  /** Marks this scan as a problem, dropping any fields read so far from its outcome. */
  BodyScan setProblem(Problem problem, String detail) {
    this.kind = Kind.PROBLEM;
    this.problem = problem;
    this.detail = detail;
    return this;
  }
}
