package dev.oautherrors.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves its bytes one to three at a time, as a slow connection would, and remembers whether it
 * was closed (closing it twice is a bug in the caller and fails the test).
 */
final class TrickleStream extends InputStream {
  private final byte[] bytes;
  private int position;
  boolean closed;

  TrickleStream(byte[] bytes) {
    this.bytes = bytes;
  }

  @Override
  public int read() {
    return position < bytes.length ? bytes[position++] & 0xff : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (position == bytes.length) {
      return -1;
    }
    int count = Math.min(Math.min(length, 1 + position % 3), bytes.length - position);
    System.arraycopy(bytes, position, buffer, offset, count);
    position += count;
    return count;
  }

  @Override
  public void close() {
    if (closed) {
      throw new UncheckedIOException(new IOException("closed twice"));
    }
    closed = true;
  }
}
