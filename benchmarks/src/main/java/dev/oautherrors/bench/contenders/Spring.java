package dev.oautherrors.bench.contenders;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;

/**
 * Spring Security's {@code OAuth2ErrorHttpMessageConverter}, which Spring's OAuth 2.0 client uses
 * to read token-endpoint errors ({@code OAuth2ErrorResponseErrorHandler}). Its JSON comes from the
 * converter it picks on the class path: Jackson 3, as in a Spring Boot 4 application. Spring has no
 * public parser for redirect URIs (its filter reads request parameters already decoded by the
 * servlet container), so it is measured on bodies only.
 */
public final class Spring {
  private static final OAuth2ErrorHttpMessageConverter CONVERTER =
      new OAuth2ErrorHttpMessageConverter();

  private Spring() {}

  /** Headers made once per input, as a client's HTTP layer hands them over. */
  public static HttpHeaders headers(Map<String, List<String>> headers) {
    HttpHeaders spring = new HttpHeaders();
    headers.forEach(spring::addAll);
    return spring;
  }

  /** The headers of a bare body: its Content-Type only. */
  public static HttpHeaders jsonHeaders() {
    HttpHeaders spring = new HttpHeaders();
    spring.setContentType(MediaType.APPLICATION_JSON);
    return spring;
  }

  /** Reads the error from a response whose body is {@code body}; a new stream per call. */
  public static OAuth2Error body(HttpHeaders headers, byte[] body) throws IOException {
    return CONVERTER.read(OAuth2Error.class, new Message(headers, body));
  }

  public static Extracted extract(OAuth2Error error) {
    return new Extracted(error.getErrorCode(), error.getDescription(), error.getUri(), null);
  }

  /** The smallest HttpInputMessage: what a ClientHttpResponse is to the converter. */
  private static final class Message implements HttpInputMessage {
    private final HttpHeaders headers;
    private final byte[] body;

    Message(HttpHeaders headers, byte[] body) {
      this.headers = headers;
      this.body = body;
    }

    @Override
    public InputStream getBody() {
      return new ByteArrayInputStream(body);
    }

    @Override
    public HttpHeaders getHeaders() {
      return headers;
    }
  }
}
