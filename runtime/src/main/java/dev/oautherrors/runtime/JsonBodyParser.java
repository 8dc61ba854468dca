package dev.oautherrors.runtime;

/**
 * Reads a JSON token-endpoint body: {@link FlatJson} for the flat bodies servers send, {@link
 * JacksonJson} (jackson-core's streaming parser) for anything else; both read the catalog's
 * sub-code member, if it has one. The Jackson reader is made on first need, so a JVM that only
 * ever sees flat bodies never loads jackson-core; see {@code docs/performance.md}, "The first
 * parse".
 */
final class JsonBodyParser {
  private final ParserLimits limits;
  /** The member holding the catalog's sub-code ({@link SubCodeReader}); null when none. */
  private final String subCodeField;
  /** Made on first need; a race makes two equal readers, which is harmless. */
  private volatile JacksonJson jackson;

  JsonBodyParser(ParserLimits limits) {
    this(limits, null);
  }

  JsonBodyParser(ParserLimits limits, String subCodeField) {
    this.limits = limits;
    this.subCodeField = subCodeField;
  }

  /**
   * Parses {@code body[offset, length)}; collects the top-level scalar members only if {@code
   * collectMembers} (a success is possible).
   */
  BodyScan parse(byte[] body, int offset, boolean collectMembers) {
    BodyScan flat = flat(body, offset, collectMembers);
    return flat != null ? flat : parseWithJackson(body, offset, collectMembers);
  }

  /** {@link FlatJson}'s reading of a flat body of ASCII bytes; null for any other body. */
  BodyScan flat(byte[] body, int offset, boolean collectMembers) {
    return FlatJson.scan(body, offset, collectMembers, subCodeField);
  }

  /** As {@link #parse(byte[], int, boolean)}, for text (which must not start with a BOM). */
  BodyScan parse(String body, boolean collectMembers) {
    int start = 0;
    while (start < body.length() && isWhitespace(body.charAt(start))) {
      start++;
    }
    BodyScan flat = start < body.length() && body.charAt(start) == '{'
        ? FlatJson.scan(body, start, collectMembers, subCodeField)
        : null;
    return flat != null ? flat : parseWithJackson(body, collectMembers);
  }

  /** Jackson's reading of the body. */
  BodyScan parseWithJackson(byte[] body, int offset, boolean collectMembers) {
    return jackson().parseWithJackson(body, offset, collectMembers);
  }

  /** Jackson's reading of the text. */
  BodyScan parseWithJackson(String body, boolean collectMembers) {
    return jackson().parseWithJackson(body, collectMembers);
  }

  private JacksonJson jackson() {
    JacksonJson reader = jackson;
    if (reader == null) {
      reader = new JacksonJson(limits, subCodeField);
      jackson = reader;
    }
    return reader;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
