package dev.oautherrors.runtime;

import java.util.List;
import java.util.Objects;

/**
 * What a parser made of a response: an OAuth {@linkplain ErrorResponse error}, a {@linkplain
 * Success success}, or {@linkplain NotOAuth not an OAuth response at all}. Every outcome keeps the
 * raw response. Switch over it, or call {@link #orThrow()} to get the success or throw.
 *
 * <pre>{@code
 * switch (OAuthErrors.parser().parseRedirect(callbackUri, expectedState)) {
 *   case ParseResult.Success<OAuthErrorException> s -> exchange(s.parameters().first("code"));
 *   case ParseResult.ErrorResponse<OAuthErrorException> e -> dispatcher.handle(e.error());
 *   case ParseResult.NotOAuth<OAuthErrorException> n -> log.warn("{}", n.detail());
 * }
 * }</pre>
 *
 * @param <E> the catalog's base exception type
 */
public sealed interface ParseResult<E extends AbstractOAuthErrorException>
    permits ParseResult.ErrorResponse, ParseResult.Success, ParseResult.NotOAuth {

  /** Everything the parser was given. */
  RawResponse response();

  /**
   * Returns the success, or throws: the typed error (with a stack trace recorded here) for an
   * {@link ErrorResponse}, a {@link NotOAuthResponseException} for a {@link NotOAuth}.
   */
  Success<E> orThrow();

  /**
   * The parameters the response gave more than once; empty when none was. An error lists the
   * repeated OAuth error parameters ({@link OAuthError#repeatedParameters()}), a success every
   * repeated name among its parameters ({@link Parameters#repeatedNames()}); a response that is
   * not OAuth lists none. The outcome always uses the first value: RFC 6749 §3.1 says parameters
   * must not repeat, so a strict caller treats a non-empty list as an attack or a broken server.
   */
  default List<String> repeatedParameters() {
    return List.of();
  }

  /**
   * An OAuth error response. The exception carries no stack trace (see {@link
   * AbstractOAuthErrorException}); dispatch it, or throw it with {@link #orThrow()}.
   *
   * @param error the typed error
   * @param <E> the catalog's base exception type
   */
  record ErrorResponse<E extends AbstractOAuthErrorException>(E error)
      implements ParseResult<E> {

    /** Creates the outcome. */
    public ErrorResponse {
      Objects.requireNonNull(error, "error");
    }

    @Override
    public RawResponse response() {
      return error.error().response();
    }

    @Override
    public List<String> repeatedParameters() {
      return error.error().repeatedParameters();
    }

    @Override
    @SuppressWarnings("unchecked") // withStackTrace() returns the same class as error
    public Success<E> orThrow() {
      throw (E) error.withStackTrace();
    }
  }

  /**
   * A response that is not an error: a redirect or form post carrying {@code code}, {@code
   * access_token} or {@code id_token}, a JSON object without {@code error} (a body alone, or in a
   * 2xx response), or a 2xx response with an empty body.
   *
   * @param response the raw response
   * @param parameters the decoded parameters (for a JSON body, its top-level scalar members)
   * @param <E> the catalog's base exception type
   */
  record Success<E extends AbstractOAuthErrorException>(
      RawResponse response, Parameters parameters) implements ParseResult<E> {

    /** Creates the outcome. */
    public Success {
      Objects.requireNonNull(response, "response");
      Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public Success<E> orThrow() {
      return this;
    }

    @Override
    public List<String> repeatedParameters() {
      return parameters.repeatedNames();
    }
  }

  /**
   * A response that is neither an OAuth error nor a success: an HTML error page, an empty body,
   * JSON without a string {@code error}, a body over the size limit, and so on.
   *
   * @param response the raw response
   * @param problem what kind of response it is
   * @param detail what exactly, and where, in words fit for a log
   * @param <E> the catalog's base exception type
   */
  record NotOAuth<E extends AbstractOAuthErrorException>(
      RawResponse response, Problem problem, String detail) implements ParseResult<E> {

    /** Creates the outcome. */
    public NotOAuth {
      Objects.requireNonNull(response, "response");
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public Success<E> orThrow() {
      throw new NotOAuthResponseException(this);
    }
  }

  /** Why a response is not an OAuth response. */
  enum Problem {
    /** The body is empty or white space only, or the redirect has no parameters. */
    EMPTY,
    /** The body is not JSON (for example an HTML error page). */
    NOT_JSON,
    /** The body starts as JSON but is not well-formed; the detail says where. */
    MALFORMED_JSON,
    /** The body is valid JSON but not an object (an array, a string, a number). */
    NOT_AN_OBJECT,
    /** There is no {@code error} (and, for a non-2xx response, nothing else that means success). */
    NO_ERROR,
    /** {@code error} is present but not a string, such as a nested {@code "error": {...}} object. */
    ERROR_NOT_A_STRING,
    /** The input is longer than {@link ParserLimits} allow; the raw prefix is kept. */
    TOO_LARGE,
    /** The JSON nests deeper than {@link ParserLimits} allow. */
    TOO_DEEP,
    /** The body could not be read (an I/O error, or a body type the parser cannot read). */
    UNREADABLE
  }
}
