package dev.oautherrors.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a body from a stream up to one byte over a limit, in a buffer that grows as bytes arrive
 * (a small body never costs the whole limit). Keeps what was read when reading fails.
 */
final class BodyReader {
  private static final int FIRST_BUFFER = 8192;
  /** The largest array the JVM reliably allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  /**
   * What was read: the bytes (exactly as many as read), whether there were more than the limit,
   * and the failure that stopped reading, if any.
   */
  record Read(byte[] bytes, boolean overLimit, IOException failure) {}

  private BodyReader() {}

  /** Reads {@code in} until its end or {@code limit + 1} bytes; does not close it. */
  static Read read(InputStream in, int limit) {
    int wanted = limit >= MAX_ARRAY ? MAX_ARRAY : limit + 1;
    byte[] buffer = new byte[Math.min(wanted, FIRST_BUFFER)];
    int count = 0;
    IOException failure = null;
    try {
      while (count < wanted) {
        if (count == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, wanted));
        }
        int read = in.read(buffer, count, buffer.length - count);
        if (read < 0) {
          break;
        }
        count += read;
      }
    } catch (IOException e) {
      failure = e;
    }
    byte[] bytes = count == buffer.length ? buffer : Arrays.copyOf(buffer, count);
    return new Read(bytes, count > limit, failure);
  }
}
