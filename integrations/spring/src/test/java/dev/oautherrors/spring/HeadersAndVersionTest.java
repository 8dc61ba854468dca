package dev.oautherrors.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oautherrors.runtime.Headers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.SpringVersion;
import org.springframework.http.HttpHeaders;

class HeadersAndVersionTest {

  @Test
  void runsOnTheSpringVersionThisExecutionIsFor() {
    // The build runs these tests on Spring 7.0 and again on 6.2 (see this module's pom).
    assertEquals(System.getProperty("expected.spring.version"), SpringVersion.getVersion());
  }

  @Test
  void headersKeepEveryValueInOrder() {
    HttpHeaders spring = new HttpHeaders();
    spring.add("Content-Type", "application/json");
    spring.add("WWW-Authenticate", "Basic realm=\"a\"");
    spring.add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    Headers headers = OAuthErrorsSpring.headers(spring);
    assertEquals(3, headers.size());
    assertEquals(List.of("Basic realm=\"a\"", "Bearer error=\"invalid_token\""),
        headers.all("www-authenticate"));
    assertEquals("application/json", headers.first("content-type").orElseThrow());
    assertEquals(Headers.EMPTY, OAuthErrorsSpring.headers(new HttpHeaders()));
  }
}
