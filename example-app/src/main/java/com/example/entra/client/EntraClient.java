package com.example.entra.client;

import com.example.entra.oauth.EntraErrorException;
import com.example.entra.oauth.EntraErrors;
import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.spring.OAuthErrorsSpring;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The app's calls to an Entra ID token endpoint, with Spring's {@code RestClient}, parsed by the
 * Entra catalog's generated parser: the same code as for Salesforce, another catalog.
 */
public final class EntraClient {
  private final RestClient http;
  private final URI tokenUri;

  /** A client of the token endpoint at {@code tokenUri}. */
  public EntraClient(URI tokenUri) {
    this.tokenUri = tokenUri;
    HttpClient jdk = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    this.http = RestClient.builder()
        .requestFactory(new JdkClientHttpRequestFactory(jdk))
        .build();
  }

  /** POSTs a form to the token endpoint and parses the whole response. */
  public ParseResult<EntraErrorException> token(Map<String, String> form) {
    StringJoiner body = new StringJoiner("&");
    form.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return http.post().uri(tokenUri)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .accept(MediaType.APPLICATION_JSON)
        .body(body.toString())
        .exchange((request, response) -> OAuthErrorsSpring.parse(EntraErrors.parser(), response));
  }
}
