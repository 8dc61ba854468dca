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
  private final SubCodeSource subCodes;

  Outcomes(ErrorTypes<E> types, String stateMismatchCode, SubCodeSource subCodes) {
    this.types = types;
    this.stateMismatchCode = stateMismatchCode;
    this.subCodes = subCodes;
  }

  /**
   * The error a body scan found, with the sub-code read from the catalog's JSON member; without
   * one, the description prefix is tried.
   */
  ParseResult<E> serverError(BodyScan scan, RawResponse raw) {
    return serverError(scan.code, scan.description, scan.uri, scan.state, scan.issuer,
        scan.subCode, scan.repeated, raw);
  }

  /**
   * An error the server sent where no JSON member can hold a sub-code (a redirect, a form, a
   * challenge): its sub-code, if any, comes from the description prefix.
   */
  ParseResult<E> serverError(
      String code,
      String description,
      String uri,
      String state,
      String issuer,
      int repeated,
      RawResponse raw) {
    return serverError(code, description, uri, state, issuer, null, repeated, raw);
  }

  /**
   * An error the server sent, typed by the catalog; no stack trace is captured. {@code subCode} is
   * the sub-code read from the catalog's member, or null to try the description prefix; {@code
   * repeated} holds the {@link RepeatedParameters} bits.
   */
  private ParseResult<E> serverError(
      String code,
      String description,
      String uri,
      String state,
      String issuer,
      String subCode,
      int repeated,
      RawResponse raw) {
    String sub = subCode != null ? subCode : subCodes.fromDescription(description);
    OAuthError error = new OAuthError(code, description, uri, state, issuer, sub,
        OAuthError.Origin.SERVER, raw, repeated);
    return new ParseResult.ErrorResponse<>(types.create(error, StackTrace.OMIT));
  }

  /**
   * {@code error} with the sub-code its description names, when it carries none and the catalog
   * reads descriptions: errors read by other libraries get the same sub-code as parsed ones.
   */
  OAuthError withSubCode(OAuthError error) {
    if (error.subCode().isPresent()) {
      return error;
    }
    String sub = subCodes.fromDescription(error.description().orElse(null));
    return sub == null ? error : error.withSubCode(sub);
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
        null, OAuthError.Origin.STATE_CHECK, raw, repeated);
    return new ParseResult.ErrorResponse<>(types.create(error, StackTrace.OMIT));
  }

  static <E extends AbstractOAuthErrorException> ParseResult<E> notOAuth(
      RawResponse raw, ParseResult.Problem problem, String detail) {
    return new ParseResult.NotOAuth<>(raw, problem, detail);
  }
}
