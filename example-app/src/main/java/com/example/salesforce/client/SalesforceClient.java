package com.example.salesforce.client;

import com.example.salesforce.oauth.OAuthErrorException;
import com.example.salesforce.oauth.OAuthErrors;
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The app's calls to Salesforce's OAuth endpoints, with {@code java.net.http.HttpClient}. Every
 * answer is parsed by the catalog's generated parser; nothing here looks at status codes or JSON.
 */
public final class SalesforceClient {
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final URI loginUri;

  /** A client of the login server at {@code loginUri}. */
  public SalesforceClient(URI loginUri) {
    this.loginUri = loginUri;
  }

  /** POSTs a form to {@code /services/oauth2/token} and parses the whole response. */
  public ParseResult<OAuthErrorException> token(Map<String, String> form)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(loginUri.resolve("/services/oauth2/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
        .build();
    return OAuthErrors.parser().parseResponse(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
  }

  /**
   * What a browser does at {@code /services/oauth2/authorize}: returns the {@code Location}
   * Salesforce redirects it to, which is the app's callback URL with the outcome.
   */
  public String authorize(Map<String, String> query) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(
            loginUri.resolve("/services/oauth2/authorize?" + encode(query)))
        .GET()
        .build();
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    return response.headers().firstValue("Location").orElseThrow(() -> new IOException(
        "expected a redirect from the authorize endpoint, got HTTP " + response.statusCode()));
  }

  private static String encode(Map<String, String> fields) {
    StringJoiner form = new StringJoiner("&");
    fields.forEach((name, value) -> form.add(URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return form.toString();
  }
}
