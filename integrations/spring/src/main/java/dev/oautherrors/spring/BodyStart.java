package dev.oautherrors.spring;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The start of a response body, read to decide: the whole body when it ends within the parser's
 * limit, else the limit plus one byte. A {@code Content-Length} sizes the read, so a small body
 * costs its own size, not a read buffer.
 */
final class BodyStart {
  private BodyStart() {}

  /** How many bytes the integrations read at most: one over the parser's limit. */
  static int readAtMost(OAuthErrorParser<?> parser) {
    int limit = parser.limits().maxBodyBytes();
    return limit == Integer.MAX_VALUE ? limit : limit + 1;
  }

  /**
   * Reads the start of {@code in}; {@code contentLength} is the header's value, or negative when
   * unknown. A body longer than its header said is read on, to the same bound.
   */
  static byte[] read(InputStream in, long contentLength, int readAtMost) throws IOException {
    int expected = contentLength >= 0 && contentLength < readAtMost
        ? (int) contentLength + 1 // one more, to see the end
        : readAtMost;
    byte[] start = in.readNBytes(expected);
    if (start.length < expected || expected == readAtMost) {
      return start;
    }
    byte[] more = in.readNBytes(readAtMost - start.length);
    byte[] all = Arrays.copyOf(start, start.length + more.length);
    System.arraycopy(more, 0, all, start.length, more.length);
    return all;
  }

  /** Parses a response whose body starts with {@code start}, as read by {@link #read}. */
  static <E extends AbstractOAuthErrorException> ParseResult<E> parse(
      OAuthErrorParser<E> parser, int status, Headers headers, byte[] start) {
    if (start.length <= parser.limits().maxBodyBytes()) {
      return parser.parseResponse(status, headers, start);
    }
    try {
      // Over the limit: the parser reads the same bytes and keeps them as a truncated body.
      return parser.parseResponse(status, headers, new ByteArrayInputStream(start));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
  }
}
