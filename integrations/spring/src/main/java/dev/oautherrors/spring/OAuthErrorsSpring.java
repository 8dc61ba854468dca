package dev.oautherrors.spring;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.NotOAuthResponseException;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * The typed OAuth errors from Spring's {@code RestClient} and {@code RestTemplate}, on Spring
 * Framework 6.2 and 7.0. Pass your catalog's parser:
 *
 * <pre>{@code
 * RestClient client = RestClient.builder()
 *     .requestInterceptor(OAuthErrorsSpring.interceptor(OAuthErrors.parser()))
 *     .build();
 * }</pre>
 *
 * <p>Every response then goes through the parser: an OAuth error, whatever its status (a 200 whose
 * body is an error included), is thrown as the catalog's exception type; any other 4xx or 5xx
 * response (an HTML page, an empty body, a body over the limit) as a {@link
 * NotOAuthResponseException}; both keep the raw response. Everything else reaches the caller
 * untouched, body included. For {@code WebClient}, see {@link OAuthErrorsWebClient}.
 */
public final class OAuthErrorsSpring {
  private OAuthErrorsSpring() {}

  /**
   * An interceptor for {@code RestClient.Builder.requestInterceptor} or {@code
   * RestTemplate.getInterceptors().add}: it sees every response, so it also catches an OAuth error
   * sent with a 2xx status. It reads at most the parser's body limit plus one byte before deciding,
   * and hands a response that passes on with its body whole.
   */
  public static <E extends AbstractOAuthErrorException> ClientHttpRequestInterceptor interceptor(
      OAuthErrorParser<E> parser) {
    return new OAuthErrorInterceptor<>(Objects.requireNonNull(parser, "parser"));
  }

  /**
   * A {@link ResponseErrorHandler} for {@code RestClient.Builder.defaultStatusHandler} or {@code
   * RestTemplate.setErrorHandler}, in place of Spring Security's {@code
   * OAuth2ErrorResponseErrorHandler}. Spring asks an error handler only about 4xx and 5xx
   * responses, and a handler cannot read a 2xx body without taking it from the caller: an error
   * sent with a 2xx status passes unseen. Use {@link #interceptor} to catch those too.
   */
  public static <E extends AbstractOAuthErrorException> ResponseErrorHandler errorHandler(
      OAuthErrorParser<E> parser) {
    return new OAuthErrorResponseErrorHandler<>(Objects.requireNonNull(parser, "parser"));
  }

  /**
   * Parses a whole response without throwing; for {@code RestClient}'s {@code exchange}, where the
   * outcome is wanted as a value: {@code .exchange((request, response) ->
   * OAuthErrorsSpring.parse(OAuthErrors.parser(), response))}. Reads the body up to the parser's
   * limit plus one byte; does not close the response.
   *
   * @throws IOException if reading the response fails
   */
  public static <E extends AbstractOAuthErrorException> ParseResult<E> parse(
      OAuthErrorParser<E> parser, ClientHttpResponse response) throws IOException {
    byte[] start = BodyStart.read(response.getBody(), response.getHeaders().getContentLength(),
        BodyStart.readAtMost(parser));
    return BodyStart.parse(parser, response.getStatusCode().value(),
        headers(response.getHeaders()), start);
  }

  /**
   * Spring's headers as the parser's {@link Headers}, names and values in order. Works on Spring
   * 7, where {@code HttpHeaders} is no longer a {@code Map}, and on 6.2.
   */
  public static Headers headers(HttpHeaders headers) {
    List<String> fields = new ArrayList<>();
    headers.forEach((name, values) -> {
      for (String value : values) {
        if (name != null && value != null) {
          fields.add(name);
          fields.add(value);
        }
      }
    });
    return Headers.of(fields.toArray(new String[0]));
  }

  /**
   * What an integration throws for an outcome, or null to let the response pass: the typed error
   * (recording this stack) for an OAuth error on any status; {@link NotOAuthResponseException}
   * for anything else on a 4xx or 5xx.
   */
  static RuntimeException failure(ParseResult<?> result) {
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
