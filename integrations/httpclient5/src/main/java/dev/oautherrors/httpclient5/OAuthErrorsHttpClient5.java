package dev.oautherrors.httpclient5;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.NotOAuthResponseException;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.MessageHeaders;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;

/**
 * The typed OAuth errors from Apache HttpClient 5. Both forms read a token-endpoint response the
 * way {@code parseResponse(...).orThrow()} does: they return the {@link ParseResult.Success} (the
 * token response's parameters and the raw response) or throw the catalog's exception type, or a
 * {@link NotOAuthResponseException} for a response that is neither (an HTML page, an empty error,
 * a body over the limit). Classic:
 *
 * <pre>{@code
 * String token = client.execute(tokenRequest, OAuthErrorsHttpClient5.handler(OAuthErrors.parser()))
 *     .parameters().first("access_token").orElseThrow();
 * }</pre>
 *
 * <p>Async: the error is the {@code Future}'s and the {@code FutureCallback}'s failure.
 *
 * <pre>{@code
 * Future<ParseResult.Success<OAuthErrorException>> token = client.execute(
 *     SimpleRequestProducer.create(tokenRequest),
 *     OAuthErrorsHttpClient5.consumer(OAuthErrors.parser()), callback);
 * }</pre>
 */
public final class OAuthErrorsHttpClient5 {
  private OAuthErrorsHttpClient5() {}

  /**
   * A response handler for the classic client's {@code execute(request, handler)}. It reads at
   * most the parser's body limit plus one byte; the client discards the rest. Stateless: share it.
   */
  public static <E extends AbstractOAuthErrorException>
      HttpClientResponseHandler<ParseResult.Success<E>> handler(OAuthErrorParser<E> parser) {
    Objects.requireNonNull(parser, "parser");
    return response -> parse(parser, response).orThrow();
  }

  /**
   * A response consumer for the async client's {@code execute(producer, consumer, callback)}: it
   * keeps at most the parser's body limit plus one byte as the body streams in and discards the
   * rest, then completes with the success or fails with the error. A consumer serves one request:
   * make one per call.
   */
  public static <E extends AbstractOAuthErrorException>
      AsyncResponseConsumer<ParseResult.Success<E>> consumer(OAuthErrorParser<E> parser) {
    return new OAuthErrorConsumer<>(Objects.requireNonNull(parser, "parser"));
  }

  /**
   * Parses a classic response without throwing for what it holds; reads at most the parser's body
   * limit plus one byte of the entity, and leaves the response open.
   *
   * @throws IOException if reading the body fails
   */
  public static <E extends AbstractOAuthErrorException> ParseResult<E> parse(
      OAuthErrorParser<E> parser, ClassicHttpResponse response) throws IOException {
    HttpEntity entity = response.getEntity();
    if (entity == null) {
      return parser.parseResponse(response.getCode(), headers(response), new byte[0]);
    }
    InputStream body = entity.getContent();
    return parser.parseResponse(response.getCode(), headers(response), body);
  }

  /** A message's headers as the parser's {@link Headers}, names and values in order. */
  public static Headers headers(MessageHeaders message) {
    Header[] headers = message.getHeaders();
    String[] fields = new String[headers.length * 2];
    for (int i = 0; i < headers.length; i++) {
      fields[2 * i] = headers[i].getName();
      fields[2 * i + 1] = headers[i].getValue() == null ? "" : headers[i].getValue();
    }
    return Headers.of(fields);
  }
}
