package dev.oautherrors.httpclient5;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Keeps the status, the headers and at most limit + 1 bytes of the body, then hands the parser's
 * outcome to the client's callback: completed with the success, failed with the typed error or a
 * {@code NotOAuthResponseException}.
 */
final class OAuthErrorConsumer<E extends AbstractOAuthErrorException>
    implements AsyncResponseConsumer<ParseResult.Success<E>> {
  private static final int INITIAL_BUFFER = 1024;

  private final OAuthErrorParser<E> parser;
  private final int keepAtMost;
  private int status;
  private Headers headers;
  private ByteArrayOutputStream body;
  private FutureCallback<ParseResult.Success<E>> callback;

  OAuthErrorConsumer(OAuthErrorParser<E> parser) {
    this.parser = parser;
    int limit = parser.limits().maxBodyBytes();
    this.keepAtMost = limit == Integer.MAX_VALUE ? limit : limit + 1;
  }

  @Override
  public void consumeResponse(HttpResponse response, EntityDetails entityDetails,
      HttpContext context, FutureCallback<ParseResult.Success<E>> resultCallback) {
    this.status = response.getCode();
    this.headers = OAuthErrorsHttpClient5.headers(response);
    this.body = new ByteArrayOutputStream(INITIAL_BUFFER);
    this.callback = resultCallback;
    if (entityDetails == null) {
      finish();
    }
  }

  @Override
  public void informationResponse(HttpResponse response, HttpContext context) {
    // A 1xx says nothing about the outcome; the final response follows.
  }

  @Override
  public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
    // Bytes past the limit are dropped as they arrive, so the consumer never holds more.
    capacityChannel.update(Integer.MAX_VALUE);
  }

  @Override
  public void consume(ByteBuffer src) {
    int wanted = Math.min(src.remaining(), keepAtMost - body.size());
    if (wanted > 0) {
      byte[] chunk = new byte[wanted];
      src.get(chunk);
      body.write(chunk, 0, wanted);
    }
    src.position(src.limit());
  }

  @Override
  public void streamEnd(List<? extends Header> trailers) {
    finish();
  }

  @Override
  public void failed(Exception cause) {
    if (callback != null) {
      callback.failed(cause);
    }
  }

  @Override
  public void releaseResources() {
    body = null;
  }

  private void finish() {
    ParseResult<E> result;
    try {
      // The parser reads at most limit + 1 bytes: over the limit, it keeps them as truncated.
      result = parser.parseResponse(status, headers, new ByteArrayInputStream(body.toByteArray()));
    } catch (IOException e) {
      callback.failed(e); // a byte array does not fail
      return;
    }
    ParseResult.Success<E> success;
    try {
      success = result.orThrow();
    } catch (RuntimeException error) {
      callback.failed(error);
      return;
    }
    callback.completed(success);
  }
}
