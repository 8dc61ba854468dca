package dev.oautherrors.okhttp;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.NotOAuthResponseException;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The typed OAuth errors from OkHttp 4 and 5. Pass your catalog's parser:
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(OAuthErrorsOkHttp.interceptor(OAuthErrors.parser()))
 *     .build();
 * }</pre>
 *
 * <p>Every response then goes through the parser. An OAuth error, whatever its status (a 200
 * whose body is an error included), fails the call with an {@link OAuthErrorIOException} whose
 * cause is the catalog's exception type; any other 4xx or 5xx response (an HTML page, an empty
 * body, a body over the limit) with one whose cause is a {@link NotOAuthResponseException}. Being
 * an {@code IOException}, it reaches {@code execute()}'s caller and {@code enqueue()}'s {@code
 * Callback.onFailure} as it is, and OkHttp's dispatcher has nothing to rethrow. Everything else is
 * returned untouched, its body unread.
 */
public final class OAuthErrorsOkHttp {
  private OAuthErrorsOkHttp() {}

  /**
   * An application interceptor, for {@code OkHttpClient.Builder.addInterceptor}. It peeks at most
   * the parser's body limit plus one byte of each response before deciding; a response that passes
   * is returned with its body still to read.
   */
  public static <E extends AbstractOAuthErrorException> Interceptor interceptor(
      OAuthErrorParser<E> parser) {
    Objects.requireNonNull(parser, "parser");
    int limit = parser.limits().maxBodyBytes();
    long peekAtMost = limit + 1L;
    return chain -> {
      Response response = chain.proceed(chain.request());
      RuntimeException failure;
      try {
        failure = failure(peek(parser, response, peekAtMost));
      } catch (IOException | RuntimeException e) {
        response.close();
        throw e;
      }
      if (failure != null) {
        response.close();
        throw new OAuthErrorIOException(failure);
      }
      return response;
    };
  }

  /**
   * Parses a response without throwing for what it holds, and without consuming its body: the
   * parser reads a peeked copy of at most its limit plus one byte.
   *
   * @throws IOException if reading the body fails
   */
  public static <E extends AbstractOAuthErrorException> ParseResult<E> parse(
      OAuthErrorParser<E> parser, Response response) throws IOException {
    return peek(parser, response, parser.limits().maxBodyBytes() + 1L);
  }

  /** OkHttp's headers as the parser's {@link Headers}, names and values in order. */
  public static Headers headers(okhttp3.Headers headers) {
    String[] fields = new String[headers.size() * 2];
    for (int i = 0; i < headers.size(); i++) {
      fields[2 * i] = headers.name(i);
      fields[2 * i + 1] = headers.value(i);
    }
    return Headers.of(fields);
  }

  private static <E extends AbstractOAuthErrorException> ParseResult<E> peek(
      OAuthErrorParser<E> parser, Response response, long peekAtMost) throws IOException {
    Headers headers = headers(response.headers());
    ResponseBody body = response.body();
    if (body == null) {
      return parser.parseResponse(response.code(), headers, new byte[0]);
    }
    try (ResponseBody peeked = response.peekBody(peekAtMost)) {
      // The parser reads at most limit + 1 bytes: over the limit, it keeps them as truncated.
      return parser.parseResponse(response.code(), headers, peeked.byteStream());
    }
  }

  /**
   * The typed error (recording this stack) for an OAuth error on any status; a {@link
   * NotOAuthResponseException} for anything else on a 4xx or 5xx; otherwise null.
   */
  private static RuntimeException failure(ParseResult<?> result) {
    if (result instanceof ParseResult.ErrorResponse<?> error) {
      return error.error().withStackTrace();
    }
    if (result instanceof ParseResult.NotOAuth<?> notOAuth
        && result.response().status().orElse(0) >= 400) {
      return new NotOAuthResponseException(notOAuth);
    }
    return null;
  }
}
