package dev.oautherrors.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.testsupport.LocalServer;
import dev.oautherrors.testsupport.Seed;
import dev.oautherrors.testsupport.oauth.InvalidGrantException;
import dev.oautherrors.testsupport.oauth.OAuthErrorException;
import dev.oautherrors.testsupport.oauth.OAuthErrors;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/** The Spring lines of README.md and docs/integrations.md, as written there, do what they say. */
class DocsSnippetsTest {

  @Test
  void eachLineDeliversTheTypedError() {
    RestTemplate restTemplate = new RestTemplate();
    // --- as in the docs ---
    RestClient restClient = RestClient.builder()
        .requestInterceptor(OAuthErrorsSpring.interceptor(OAuthErrors.parser()))
        .build();
    restTemplate.getInterceptors().add(OAuthErrorsSpring.interceptor(OAuthErrors.parser()));
    WebClient webClient = WebClient.builder()
        .filter(OAuthErrorsWebClient.filter(OAuthErrors.parser()))
        .build();
    // ---
    try (LocalServer server = LocalServer.start()) {
      String uri = server.uri(Seed.REFRESH_TOKEN_400).toString();
      assertThrows(InvalidGrantException.class,
          () -> restClient.post().uri(uri).retrieve().body(String.class));
      assertThrows(InvalidGrantException.class,
          () -> restTemplate.postForObject(uri, "grant_type=refresh_token", String.class));
      assertThrows(InvalidGrantException.class, () -> webClient.post().uri(uri).retrieve()
          .bodyToMono(String.class).block(Duration.ofSeconds(10)));
      ParseResult<OAuthErrorException> result = RestClient.create().post().uri(uri)
          .exchange((request, response) -> OAuthErrorsSpring.parse(OAuthErrors.parser(),
              response));
      assertEquals(ParseResult.ErrorResponse.class, result.getClass());
    }
  }
}
