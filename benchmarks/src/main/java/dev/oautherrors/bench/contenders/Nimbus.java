package dev.oautherrors.bench.contenders;

import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Nimbus OAuth 2.0 SDK: {@code TokenErrorResponse.parse(HTTPResponse)} for bodies and whole
 * responses, {@code AuthorizationErrorResponse.parse(URI)} for redirects.
 */
public final class Nimbus {
  private Nimbus() {}

  /**
   * The HTTPResponse a Nimbus client holds after a token request: made once per input (Nimbus's
   * own HTTP layer builds it), holding the body as the String its API takes.
   */
  public static HTTPResponse response(int status, Map<String, List<String>> headers, byte[] body) {
    HTTPResponse response = new HTTPResponse(status);
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      response.setHeader(header.getKey(), header.getValue().toArray(new String[0]));
    }
    response.setBody(new String(body, StandardCharsets.UTF_8));
    return response;
  }

  public static TokenErrorResponse body(HTTPResponse response) throws ParseException {
    return TokenErrorResponse.parse(response);
  }

  /** The redirect arrives as a String; Nimbus takes a URI, so making it is part of the parse. */
  public static AuthorizationErrorResponse redirect(String uri) throws ParseException {
    return AuthorizationErrorResponse.parse(URI.create(uri));
  }

  public static Extracted extract(TokenErrorResponse response) {
    return extract(response.getErrorObject(), null);
  }

  public static Extracted extract(AuthorizationErrorResponse response) {
    return extract(response.getErrorObject(),
        response.getState() == null ? null : response.getState().getValue());
  }

  private static Extracted extract(ErrorObject error, String state) {
    return new Extracted(error.getCode(), error.getDescription(),
        error.getURI() == null ? null : error.getURI().toString(), state);
  }
}
