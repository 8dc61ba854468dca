package dev.oautherrors.bench.cold;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;

/**
 * Spring Security's first parse: {@code OAuth2ErrorHttpMessageConverter}, what its OAuth 2.0
 * client's error handler reads a token-endpoint error with.
 */
public final class ColdSpring {
  private ColdSpring() {}

  public static void main(String[] args) throws IOException {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(ColdBody.CONTENT_TYPE));
    byte[] body = ColdBody.bytes();
    OAuth2Error error = new OAuth2ErrorHttpMessageConverter().read(OAuth2Error.class,
        new HttpInputMessage() {
          @Override
          public InputStream getBody() {
            return new ByteArrayInputStream(body);
          }

          @Override
          public HttpHeaders getHeaders() {
            return headers;
          }
        });
    ColdBody.check(error.getErrorCode(), error.getDescription());
  }
}
