package dev.oautherrors.spring;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.NotOAuthResponseException;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * Throws the typed error of a 4xx or 5xx response, or {@link NotOAuthResponseException} when it is
 * not an OAuth error. Implements both of {@code handleError}'s forms: Spring 6.2 calls the
 * one-argument form from its default, Spring 7 has only the three-argument one.
 */
final class OAuthErrorResponseErrorHandler<E extends AbstractOAuthErrorException>
    implements ResponseErrorHandler {
  private final OAuthErrorParser<E> parser;

  OAuthErrorResponseErrorHandler(OAuthErrorParser<E> parser) {
    this.parser = parser;
  }

  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response)
      throws IOException {
    handleError(response);
  }

  /** Spring 6.2's abstract form; not part of Spring 7's interface. */
  public void handleError(ClientHttpResponse response) throws IOException {
    ParseResult<E> result = OAuthErrorsSpring.parse(parser, response);
    RuntimeException failure = OAuthErrorsSpring.failure(result);
    if (failure != null) {
      throw failure;
    }
    // Not reached for a 4xx or 5xx, which the parser never calls a success; should a caller
    // send another status here, the outcome's own rule applies.
    result.orThrow();
  }
}
