package com.example.salesforce.client;

import com.example.http.Forms;
import com.example.salesforce.oauth.OAuthErrorException;
import com.example.salesforce.oauth.OAuthErrors;
import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.spring.OAuthErrorsSpring;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The app's calls to Salesforce's OAuth endpoints, with Spring's {@code RestClient}. Every answer
 * is parsed by the catalog's generated parser through {@code OAuthErrorsSpring}; nothing here
 * looks at status codes or JSON.
 */
public final class SalesforceClient {
  private final RestClient http;
  private final URI loginUri;

  /** A client of the login server at {@code loginUri}. */
  public SalesforceClient(URI loginUri) {
    this.loginUri = loginUri;
    this.http = Forms.restClient();
  }

  /**
   * POSTs a form to {@code /services/oauth2/token} and parses the whole response. The demo wants
   * every outcome as a value, so it reads the response in {@code exchange}; an application that
   * wants the typed error thrown registers {@code OAuthErrorsSpring.interceptor(OAuthErrors.parser())}
   * on the builder instead (see docs/integrations.md).
   */
  public ParseResult<OAuthErrorException> token(Map<String, String> form) {
    return http.post().uri(loginUri.resolve("/services/oauth2/token"))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .accept(MediaType.APPLICATION_JSON)
        .body(Forms.encode(form))
        .exchange((request, response) -> OAuthErrorsSpring.parse(OAuthErrors.parser(), response));
  }

  /**
   * What a browser does at {@code /services/oauth2/authorize}: returns the {@code Location}
   * Salesforce redirects it to, which is the app's callback URL with the outcome.
   */
  public String authorize(Map<String, String> query) throws IOException {
    // A URI, not a template: the query is encoded already.
    String location = http.get().uri(loginUri.resolve("/services/oauth2/authorize?" + Forms.encode(query)))
        .exchange((request, response) -> {
          String redirect = response.getHeaders().getFirst("Location");
          if (redirect == null) {
            throw new IOException("expected a redirect from the authorize endpoint, got HTTP "
                + response.getStatusCode().value());
          }
          return redirect;
        });
    return location;
  }
}
