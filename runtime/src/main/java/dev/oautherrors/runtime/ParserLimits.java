package dev.oautherrors.runtime;

/**
 * Bounds on what the parsers read, so that hostile input is refused quickly instead of exhausting
 * memory or the stack. Input over a limit gives {@link ParseResult.Problem#TOO_LARGE} or {@link
 * ParseResult.Problem#TOO_DEEP}, with the raw input kept. Immutable; see {@link #DEFAULT}.
 *
 * @param maxBodyBytes the longest body read, in bytes (or chars for a body given as text)
 * @param maxUriLength the longest redirect URI or form post body, in chars
 * @param maxNestingDepth the deepest JSON nesting of arrays and objects
 */
public record ParserLimits(int maxBodyBytes, int maxUriLength, int maxNestingDepth) {

  /** 1 MiB bodies, 64 KiB URIs, JSON nested 64 deep: far above any real OAuth response. */
  public static final ParserLimits DEFAULT = new ParserLimits(1 << 20, 1 << 16, 64);

  /** Checks that every limit is positive. */
  public ParserLimits {
    if (maxBodyBytes < 1 || maxUriLength < 1 || maxNestingDepth < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxBodyBytes + ", "
          + maxUriLength + ", " + maxNestingDepth);
    }
  }

  /** These limits with a different body limit. */
  public ParserLimits withMaxBodyBytes(int bytes) {
    return new ParserLimits(bytes, maxUriLength, maxNestingDepth);
  }

  /** These limits with a different URI limit. */
  public ParserLimits withMaxUriLength(int chars) {
    return new ParserLimits(maxBodyBytes, chars, maxNestingDepth);
  }

  /** These limits with a different nesting limit. */
  public ParserLimits withMaxNestingDepth(int depth) {
    return new ParserLimits(maxBodyBytes, maxUriLength, depth);
  }
}
