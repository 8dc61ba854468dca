package com.example.entra.client;

import com.example.entra.oauth.EntraErrorException;
import com.example.entra.oauth.EntraErrors;
import com.example.http.Forms;
import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.spring.OAuthErrorsSpring;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
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
    this.http = Forms.restClient();
  }

  /** POSTs a form to the token endpoint and parses the whole response. */
  public ParseResult<EntraErrorException> token(Map<String, String> form) {
    return http.post().uri(tokenUri)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .accept(MediaType.APPLICATION_JSON)
        .body(Forms.encode(form))
        .exchange((request, response) -> OAuthErrorsSpring.parse(EntraErrors.parser(), response));
  }
}
