package dev.oautherrors.spring;

import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Reads the start of every response, parses it, and throws the outcome's failure; a response that
 * passes is handed on with the bytes read put back in front of the rest of its body.
 */
final class OAuthErrorInterceptor<E extends AbstractOAuthErrorException>
    implements ClientHttpRequestInterceptor {
  private final OAuthErrorParser<E> parser;
  private final int readAtMost;

  OAuthErrorInterceptor(OAuthErrorParser<E> parser) {
    this.parser = parser;
    this.readAtMost = BodyStart.readAtMost(parser);
  }

  @Override
  public ClientHttpResponse intercept(
      HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
    ClientHttpResponse response = execution.execute(request, body);
    try {
      InputStream in = response.getBody();
      byte[] start = BodyStart.read(in, response.getHeaders().getContentLength(), readAtMost);
      ParseResult<E> result = BodyStart.parse(parser, response.getStatusCode().value(),
          OAuthErrorsSpring.headers(response.getHeaders()), start);
      RuntimeException failure = OAuthErrorsSpring.failure(result);
      if (failure != null) {
        response.close();
        throw failure;
      }
      return new Replayed(response,
          new SequenceInputStream(new ByteArrayInputStream(start), in));
    } catch (IOException | RuntimeException e) {
      response.close();
      throw e;
    }
  }

  /** The response as received, its body the bytes already read followed by the rest. */
  private static final class Replayed implements ClientHttpResponse {
    private final ClientHttpResponse response;
    private final InputStream body;

    Replayed(ClientHttpResponse response, InputStream body) {
      this.response = response;
      this.body = body;
    }

    @Override
    public HttpStatusCode getStatusCode() throws IOException {
      return response.getStatusCode();
    }

    @Override
    public String getStatusText() throws IOException {
      return response.getStatusText();
    }

    @Override
    public HttpHeaders getHeaders() {
      return response.getHeaders();
    }

    @Override
    public InputStream getBody() {
      return body;
    }

    @Override
    public void close() {
      response.close();
    }
  }
}
