package dev.oautherrors.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The start of a body is the same whatever Content-Length says, true, false or absent. */
class BodyStartTest {
  private static final byte[] BODY = "0123456789".getBytes(StandardCharsets.US_ASCII);

  private static byte[] read(long contentLength, int readAtMost) throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(BODY);
    byte[] start = BodyStart.read(in, contentLength, readAtMost);
    // What was not read is still in the stream, for the response that passes on.
    byte[] rest = in.readAllBytes();
    byte[] whole = Arrays.copyOf(start, start.length + rest.length);
    System.arraycopy(rest, 0, whole, start.length, rest.length);
    assertArrayEquals(BODY, whole);
    return start;
  }

  @Test
  void aBodyWithinTheBoundIsReadWholeWhateverItsContentLengthSays() throws IOException {
    for (long contentLength : new long[] {-1, 0, 3, 9, 10, 11, 1000}) {
      assertArrayEquals(BODY, read(contentLength, 20), "Content-Length " + contentLength);
    }
  }

  @Test
  void aBodyOverTheBoundIsReadToTheBoundExactly() throws IOException {
    for (long contentLength : new long[] {-1, 0, 3, 5, 6, 10, 1000}) {
      assertEquals("012345", new String(read(contentLength, 6),
          StandardCharsets.US_ASCII), "Content-Length " + contentLength);
    }
  }
}
