package dev.oautherrors.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** The least of a {@code java.net.http} response that the adapter reads. */
record FakeHttpResponse<T>(int statusCode, HttpHeaders headers, T body)
    implements HttpResponse<T> {
  private static final URI TOKEN_ENDPOINT =
      URI.create("https://login.salesforce.com/services/oauth2/token");

  @Override
  public HttpRequest request() {
    return HttpRequest.newBuilder(TOKEN_ENDPOINT).build();
  }

  @Override
  public Optional<HttpResponse<T>> previousResponse() {
    return Optional.empty();
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return Optional.empty();
  }

  @Override
  public URI uri() {
    return TOKEN_ENDPOINT;
  }

  @Override
  public HttpClient.Version version() {
    return HttpClient.Version.HTTP_1_1;
  }
}
