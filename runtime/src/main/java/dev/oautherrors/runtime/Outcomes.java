package dev.oautherrors.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Makes the parsers' outcomes: typed errors through the catalog's {@link ErrorTypes}, and the
 * errors of the client's own {@code state} check. Shared by every parser of one {@link
 * OAuthErrorParser}.
 */
final class Outcomes<E extends AbstractOAuthErrorException> {
  static final String STATE_MISSING =
      "state is missing: the request sent a state but the response carries none (possible CSRF)";
  static final String STATE_DIFFERENT =
      "state does not match the value sent with the request (possible CSRF)";

  private final ErrorTypes<E> types;
  private final String stateMismatchCode;

  Outcomes(ErrorTypes<E> types, String stateMismatchCode) {
    this.types = types;
    this.stateMismatchCode = stateMismatchCode;
  }

  /** The error a body scan found. */
  ParseResult<E> serverError(BodyScan scan, RawResponse raw) {
    return serverError(scan.code, scan.description, scan.uri, scan.state, scan.issuer,
        scan.repeated, raw);
  }

  /**
   * An error the server sent, typed by the catalog; no stack trace is captured. {@code repeated}
   * holds the {@link RepeatedParameters} bits.
   */
  ParseResult<E> serverError(
      String code,
      String description,
      String uri,
      String state,
      String issuer,
      int repeated,
      RawResponse raw) {
    OAuthError error = new OAuthError(code, description, uri, state, issuer,
        OAuthError.Origin.SERVER, raw, repeated);
    return new ParseResult.ErrorResponse<>(types.create(error, StackTrace.OMIT));
  }

  /**
   * Checks the {@code state} received against the expected one in constant time: null when they
   * match or when {@code expected} is null (no check), otherwise the state-mismatch error. The
   * expected value never appears in the error.
   */
  ParseResult<E> checkState(
      String expected, String received, String issuer, int repeated, RawResponse raw) {
    if (expected == null) {
      return null;
    }
    String description;
    if (received == null) {
      description = STATE_MISSING;
    } else if (!MessageDigest.isEqual(
        received.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      description = STATE_DIFFERENT;
    } else {
      return null;
    }
    OAuthError error = new OAuthError(stateMismatchCode, description, null, received, issuer,
        OAuthError.Origin.STATE_CHECK, raw, repeated);
    return new ParseResult.ErrorResponse<>(types.create(error, StackTrace.OMIT));
  }

  static <E extends AbstractOAuthErrorException> ParseResult<E> notOAuth(
      RawResponse raw, ParseResult.Problem problem, String detail) {
    return new ParseResult.NotOAuth<>(raw, problem, detail);
  }
}
