package dev.oautherrors.bench.cold;

import com.example.salesforce.oauth.OAuthErrors;
import dev.oautherrors.runtime.Headers;
import dev.oautherrors.runtime.ParseResult;

/**
 * This project's first parse: the generated catalog's parser on a whole response (status,
 * Content-Type, body bytes), as an HTTP client hands it over; then the code and description. With
 * the argument {@code html}, a proxy's HTML error page instead, which must come out as {@code
 * NotOAuth} with its detail (the class-load shape test uses it: details are concatenated text).
 */
public final class ColdOurs {
  private ColdOurs() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("html")) {
      ParseResult<?> page = OAuthErrors.parser().parseResponse(502,
          Headers.of("Content-Type", "text/html"), ColdBody.html());
      if (!(page instanceof ParseResult.NotOAuth<?> notOAuth) || notOAuth.detail().isEmpty()) {
        System.exit(1);
      }
      return;
    }
    ParseResult<?> result = OAuthErrors.parser().parseResponse(ColdBody.STATUS,
        Headers.of("Content-Type", ColdBody.CONTENT_TYPE), ColdBody.bytes());
    if (!(result instanceof ParseResult.ErrorResponse<?> error)) {
      System.exit(1);
      return;
    }
    ColdBody.check(error.error().code(), error.error().error().description().orElse(null));
  }
}
