package dev.oautherrors.bench.cold;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import java.nio.charset.StandardCharsets;

/**
 * Nimbus OAuth 2.0 SDK's first parse: {@code TokenErrorResponse.parse} on the {@code HTTPResponse}
 * its HTTP layer builds (status, Content-Type, body as a String).
 */
public final class ColdNimbus {
  private ColdNimbus() {}

  public static void main(String[] args) throws ParseException {
    HTTPResponse response = new HTTPResponse(ColdBody.STATUS);
    response.setHeader("Content-Type", ColdBody.CONTENT_TYPE);
    response.setBody(new String(ColdBody.bytes(), StandardCharsets.UTF_8));
    TokenErrorResponse error = TokenErrorResponse.parse(response);
    ColdBody.check(error.getErrorObject().getCode(), error.getErrorObject().getDescription());
  }
}
