package dev.oautherrors.bench.contenders;

import com.example.salesforce.oauth.OAuthErrorException;
import com.example.salesforce.oauth.OAuthErrors;
import dev.oautherrors.bench.Inputs;
import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;

/**
 * This project's parser, as a user gets it: {@code OAuthErrors.parser()} of the types generated
 * from the reference catalog. Results come back without a stack trace (the dispatch path).
 */
public final class Ours {
  private static final OAuthErrorParser<OAuthErrorException> PARSER = OAuthErrors.parser();

  /** The headers of the whole-response input, made once as a client's adapter would. */
  public static final Headers HTTP_HEADERS = Headers.of(Inputs.HTTP_HEADERS);

  private Ours() {}

  public static ParseResult<OAuthErrorException> body(byte[] body) {
    return PARSER.parseBody(body);
  }

  public static ParseResult<OAuthErrorException> redirect(String uri) {
    return PARSER.parseRedirect(uri);
  }

  public static ParseResult<OAuthErrorException> response(int status, Headers headers,
      byte[] body) {
    return PARSER.parseResponse(status, headers, body);
  }

  /** What the test compares: the typed error's fields. */
  public static Extracted extract(ParseResult<OAuthErrorException> result) {
    if (!(result instanceof ParseResult.ErrorResponse<OAuthErrorException> error)) {
      throw new AssertionError("not an error: " + result);
    }
    var e = error.error().error();
    return new Extracted(e.code(), e.description().orElse(null), e.uri().orElse(null),
        e.state().orElse(null));
  }
}
