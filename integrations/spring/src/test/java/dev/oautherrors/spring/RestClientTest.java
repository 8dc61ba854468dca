package dev.oautherrors.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.testsupport.LocalServer;
import dev.oautherrors.testsupport.Seed;
import dev.oautherrors.testsupport.oauth.AccessDeniedException;
import dev.oautherrors.testsupport.oauth.InvalidGrantException;
import dev.oautherrors.testsupport.oauth.OAuthErrorException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * RestClient (its default request factory: the JDK's HttpClient) and RestTemplate (its default:
 * HttpURLConnection) against a local server, with each way in: the interceptor, the error handler
 * and {@code parse} in an exchange.
 */
class RestClientTest {
  @AutoClose private static final LocalServer server = LocalServer.start();


  private static MultiValueMap<String, String> tokenForm() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "refresh_token");
    form.add("refresh_token", "5Aep861demoRefreshToken");
    return form;
  }

  private static ResponseEntity<byte[]> post(RestClient client, Seed seed) {
    return client.post().uri(server.uri(seed)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(tokenForm()).retrieve().toEntity(byte[].class);
  }

  private static void assertUntouched(Seed seed, ResponseEntity<byte[]> entity) {
    assertEquals(seed.status(), entity.getStatusCode().value(), seed.name());
    assertArrayEquals(seed.body(), entity.getBody() == null ? new byte[0] : entity.getBody(),
        seed.name());
    for (int i = 0; i < seed.headers().size(); i += 2) {
      assertEquals(seed.headers().get(i + 1), entity.getHeaders().getFirst(seed.headers().get(i)));
    }
  }

  /**
   * The call throws what the parser documents for the seed when {@code throwsExpected}; otherwise
   * it returns the response as served.
   */
  private static void check(Seed seed, boolean throwsExpected,
      Supplier<ResponseEntity<byte[]>> call) {
    if (throwsExpected) {
      seed.assertThrown(assertThrows(RuntimeException.class, call::get));
    } else {
      assertUntouched(seed, call.get());
    }
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void interceptorThrowsTheTypedErrorOrLetsTheResponseThroughWhole(Seed seed) {
    RestClient client = RestClient.builder()
        .requestInterceptor(OAuthErrorsSpring.interceptor(Seed.parser()))
        .build();
    check(seed, seed.interceptorThrows(), () -> post(client, seed));
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void restTemplateWithTheInterceptor(Seed seed) {
    RestTemplate template = new RestTemplate();
    template.getInterceptors().add(OAuthErrorsSpring.interceptor(Seed.parser()));
    check(seed, seed.interceptorThrows(),
        () -> template.postForEntity(server.uri(seed), tokenForm(), byte[].class));
  }

  /** A 2xx, an error in it included, is the caller's: the documented limit of error handlers. */
  @ParameterizedTest
  @EnumSource(Seed.class)
  void errorHandlerSeesOnlyErrorStatuses(Seed seed) {
    RestClient client = RestClient.builder()
        .defaultStatusHandler(OAuthErrorsSpring.errorHandler(Seed.parser()))
        .build();
    check(seed, seed.status() >= 400, () -> post(client, seed));
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void restTemplateWithTheErrorHandler(Seed seed) {
    RestTemplate template = new RestTemplate();
    template.setErrorHandler(OAuthErrorsSpring.errorHandler(Seed.parser()));
    check(seed, seed.status() >= 400,
        () -> template.postForEntity(server.uri(seed), tokenForm(), byte[].class));
  }

  @ParameterizedTest
  @EnumSource(Seed.class)
  void parseInAnExchangeGivesTheParsersOutcome(Seed seed) {
    ParseResult<OAuthErrorException> result = RestClient.create().post().uri(server.uri(seed))
        .body(tokenForm())
        .exchange((request, response) -> OAuthErrorsSpring.parse(Seed.parser(), response));
    ParseResult<OAuthErrorException> expected = seed.parse();
    assertEquals(expected.getClass(), result.getClass(), seed.name());
    if (result instanceof ParseResult.ErrorResponse<OAuthErrorException> error) {
      assertEquals(((ParseResult.ErrorResponse<OAuthErrorException>) expected).error().getClass(),
          error.error().getClass());
    }
    seed.assertRaw(result.response());
  }

  @Test
  void theTypedErrorCanBeCaughtByItsType() {
    RestClient client = RestClient.builder()
        .requestInterceptor(OAuthErrorsSpring.interceptor(Seed.parser()))
        .build();
    InvalidGrantException grant = assertThrows(InvalidGrantException.class,
        () -> post(client, Seed.REFRESH_TOKEN_400));
    assertEquals("expired access/refresh token", grant.description().orElseThrow());
    assertEquals(InvalidGrantException.Reason.EXPIRED_ACCESS_REFRESH_TOKEN,
        grant.reason().orElseThrow());
    AccessDeniedException denied =
        assertThrows(AccessDeniedException.class, () -> post(client, Seed.ERROR_IN_200));
    assertEquals("access-denied", denied.code());
  }

  @Test
  void successBodyStillConvertsThroughSpringsConverters() {
    RestClient client = RestClient.builder()
        .requestInterceptor(OAuthErrorsSpring.interceptor(Seed.parser()))
        .build();
    String body = client.get().uri(server.uri(Seed.SUCCESS_200)).retrieve().body(String.class);
    assertEquals(Seed.SUCCESS_200.bodyText(), body);
  }
}
