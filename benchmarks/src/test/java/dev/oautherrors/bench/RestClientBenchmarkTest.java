package dev.oautherrors.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.example.salesforce.oauth.InvalidGrantException;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.HttpClientErrorException;

/** Every RestClient contender makes the same call and reads the same answer its own way. */
class RestClientBenchmarkTest {

  private static RestClientBenchmark started(String input) throws Exception {
    RestClientBenchmark benchmark = new RestClientBenchmark();
    benchmark.input = input;
    benchmark.setUp();
    return benchmark;
  }

  @Test
  void everyContenderReadsTheSameError() throws Exception {
    RestClientBenchmark benchmark = started("error");
    try {
      OAuth2Error spring = assertInstanceOf(OAuth2Error.class, benchmark.springSecurity());
      assertEquals("invalid_grant", spring.getErrorCode());
      assertEquals("Audience validation failed", spring.getDescription());
      for (Object ours : new Object[] {benchmark.oursErrorHandler(), benchmark.oursInterceptor()}) {
        InvalidGrantException grant = assertInstanceOf(InvalidGrantException.class, ours);
        assertEquals("Audience validation failed", grant.description().orElseThrow());
      }
      assertEquals(400, assertInstanceOf(HttpClientErrorException.class, benchmark.springDefault())
          .getStatusCode().value());
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void everyContenderReturnsTheSameSuccessBody() throws Exception {
    RestClientBenchmark benchmark = started("success");
    try {
      assertEquals(RestClientBenchmark.SUCCESS_BODY, benchmark.springSecurity());
      assertEquals(RestClientBenchmark.SUCCESS_BODY, benchmark.oursErrorHandler());
      assertEquals(RestClientBenchmark.SUCCESS_BODY, benchmark.oursInterceptor());
      assertEquals(RestClientBenchmark.SUCCESS_BODY, benchmark.springDefault());
    } finally {
      benchmark.tearDown();
    }
  }
}
