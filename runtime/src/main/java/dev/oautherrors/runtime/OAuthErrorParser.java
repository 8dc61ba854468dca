package dev.oautherrors.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Objects;

/**
 * Parses OAuth responses into a catalog's typed errors: redirects (error in the query, the fragment
 * or a form post), token-endpoint bodies, and whole HTTP responses. Thread-safe and immutable;
 * make one per catalog and share it (the generated catalog class holds one: {@code
 * OAuthErrors.parser()}).
 *
 * <p>Every method returns a {@link ParseResult} and never throws for bad input: hostile or broken
 * responses give {@link ParseResult.NotOAuth} with the raw input kept. See {@code docs/parsing.md}
 * for the outcome of every kind of response.
 *
 * @param <E> the catalog's base exception type
 */
public final class OAuthErrorParser<E extends AbstractOAuthErrorException> {
  /** The code of the error produced when {@code state} does not match, unless set otherwise. */
  public static final String DEFAULT_STATE_MISMATCH_CODE = "state_mismatch";

  private final ErrorTypes<E> types;
  private final ParserLimits limits;
  private final SubCodeSource subCodes;
  private final Outcomes<E> outcomes;
  private final RedirectParser<E> redirects;
  private final BodyParser<E> bodies;
  private final HttpResponseParser<E> responses;

  private OAuthErrorParser(Builder<E> builder) {
    this.types = builder.types;
    this.limits = builder.limits;
    this.subCodes = builder.subCodes;
    this.outcomes = new Outcomes<>(builder.types, builder.stateMismatchCode, subCodes);
    this.redirects = new RedirectParser<>(outcomes, limits);
    this.bodies = new BodyParser<>(outcomes, limits, subCodes);
    this.responses = new HttpResponseParser<>(outcomes, bodies, redirects, limits);
  }

  /** A parser with {@link ParserLimits#DEFAULT} limits. */
  public static <E extends AbstractOAuthErrorException> OAuthErrorParser<E> create(
      ErrorTypes<E> types) {
    return builder(types).build();
  }

  /** Starts a parser for a catalog's types. */
  public static <E extends AbstractOAuthErrorException> Builder<E> builder(ErrorTypes<E> types) {
    return new Builder<>(types);
  }

  /** The limits this parser enforces. */
  public ParserLimits limits() {
    return limits;
  }

  /** Where this parser reads provider sub-codes; {@link SubCodeSource#NONE} unless set. */
  public SubCodeSource subCodes() {
    return subCodes;
  }

  /**
   * The catalog's typed exception for an error read by other means, such as another OAuth
   * library's error object, with the stack trace of this call: ready to throw. The code is matched
   * as the parsers match it (exact, alias, lenient; the unknown type otherwise). An error without
   * a sub-code gets the one its description names, when the catalog reads sub-codes from
   * descriptions.
   */
  public E typed(OAuthError error) {
    return types.create(outcomes.withSubCode(Objects.requireNonNull(error, "error")),
        StackTrace.CAPTURE);
  }

  // --- Redirects ---------------------------------------------------------------------------------

  /** Parses a redirect, finding the parameters in the query or the fragment; no state check. */
  public ParseResult<E> parseRedirect(String uri) {
    return parseRedirect(uri, null);
  }

  /** Parses a redirect, finding the parameters in the query or the fragment; no state check. */
  public ParseResult<E> parseRedirect(URI uri) {
    return parseRedirect(uri.toString(), null);
  }

  /**
   * Parses a redirect and checks its {@code state} against {@code expectedState} (null: no check).
   * The parameters are taken from the query if it has {@code error}, else from the fragment if it
   * has {@code error}, else from whichever part (query first) has {@code code}, {@code
   * access_token} or {@code id_token}.
   */
  public ParseResult<E> parseRedirect(String uri, String expectedState) {
    Objects.requireNonNull(uri, "uri");
    return redirects.parse(uri, null, expectedState, RawResponse.redirect(uri));
  }

  /**
   * Parses a redirect and checks its {@code state} against {@code expectedState} (null: no check).
   * Same as the {@code String} form, on {@code uri.toString()}.
   */
  public ParseResult<E> parseRedirect(URI uri, String expectedState) {
    return parseRedirect(uri.toString(), expectedState);
  }

  /**
   * Parses a redirect whose parameters are where {@code mode} says, and checks {@code state}
   * (null: no check). {@link ResponseMode#FORM_POST} is not a redirect: use {@link #parseFormPost}.
   *
   * @throws IllegalArgumentException if {@code mode} is {@link ResponseMode#FORM_POST}
   */
  public ParseResult<E> parseRedirect(String uri, ResponseMode mode, String expectedState) {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(mode, "mode");
    if (mode == ResponseMode.FORM_POST) {
      throw new IllegalArgumentException(
          "ResponseMode.FORM_POST puts the parameters in a POST body, not in the redirect URI:"
              + " call parseFormPost(body, expectedState)");
    }
    return redirects.parse(uri, mode, expectedState, RawResponse.redirect(uri));
  }

  /**
   * As {@link #parseRedirect(String, ResponseMode, String)}, on {@code uri.toString()}.
   *
   * @throws IllegalArgumentException if {@code mode} is {@link ResponseMode#FORM_POST}
   */
  public ParseResult<E> parseRedirect(URI uri, ResponseMode mode, String expectedState) {
    return parseRedirect(uri.toString(), mode, expectedState);
  }

  /** Parses a {@code response_mode=form_post} body and checks {@code state} (null: no check). */
  public ParseResult<E> parseFormPost(String body, String expectedState) {
    Objects.requireNonNull(body, "body");
    return redirects.parseFormPost(body, expectedState);
  }

  // --- Token-endpoint bodies ---------------------------------------------------------------------

  /**
   * Parses a token-endpoint response body. A JSON object with a string {@code error} is an error;
   * one without {@code error} is a {@link ParseResult.Success} whose parameters are its top-level
   * string, number and boolean members.
   */
  public ParseResult<E> parseBody(String body) {
    Objects.requireNonNull(body, "body");
    return bodies.parse(body);
  }

  /** Parses a token-endpoint response body; the array is kept, not copied. */
  public ParseResult<E> parseBody(byte[] body) {
    Objects.requireNonNull(body, "body");
    return bodies.parse(body);
  }

  /**
   * Reads and parses a token-endpoint response body, reading at most one byte over the limit. Does
   * not close the stream.
   *
   * @throws IOException if reading fails
   */
  public ParseResult<E> parseBody(InputStream body) throws IOException {
    Objects.requireNonNull(body, "body");
    return bodies.parse(body);
  }

  // --- Whole HTTP responses ----------------------------------------------------------------------

  /**
   * Parses a whole HTTP response. The body decides, whatever the status and Content-Type: an error
   * in it is an error even in a 200, and JSON served as {@code text/plain} is read. A 3xx with a
   * {@code Location} is parsed as a redirect (no state check); a body without an error leaves the
   * word to {@code WWW-Authenticate} ({@code error="..."}), then to the status: 2xx is a success.
   *
   * @throws IllegalArgumentException if {@code status} is not 100..999
   */
  public ParseResult<E> parseResponse(int status, Headers headers, String body) {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    return responses.parse(status, headers, body);
  }

  /**
   * As {@link #parseResponse(int, Headers, String)}; the array is kept, not copied.
   *
   * @throws IllegalArgumentException if {@code status} is not 100..999
   */
  public ParseResult<E> parseResponse(int status, Headers headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    return responses.parse(status, headers, body);
  }

  /**
   * As {@link #parseResponse(int, Headers, String)}, reading at most one byte over the limit (a
   * longer body gives {@link ParseResult.Problem#TOO_LARGE} with the prefix read). Does not close
   * the stream.
   *
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if {@code status} is not 100..999
   */
  public ParseResult<E> parseResponse(int status, Headers headers, InputStream body)
      throws IOException {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    return responses.parse(status, headers, body);
  }

  /**
   * Parses a {@code java.net.http} response whose body is a {@code String}, a {@code byte[]}, an
   * {@code InputStream} (read and closed; a read failure gives {@link
   * ParseResult.Problem#UNREADABLE}) or absent. Use {@code BodyHandlers.ofString()}, {@code
   * ofByteArray()} or {@code ofInputStream()}; any other body type gives {@link
   * ParseResult.Problem#UNREADABLE}.
   */
  public ParseResult<E> parseResponse(HttpResponse<?> response) {
    Objects.requireNonNull(response, "response");
    return responses.parse(response);
  }

  /** Builds an {@link OAuthErrorParser}. */
  public static final class Builder<E extends AbstractOAuthErrorException> {
    private final ErrorTypes<E> types;
    private ParserLimits limits = ParserLimits.DEFAULT;
    private String stateMismatchCode = DEFAULT_STATE_MISMATCH_CODE;
    private SubCodeSource subCodes = SubCodeSource.NONE;

    private Builder(ErrorTypes<E> types) {
      this.types = Objects.requireNonNull(types, "types");
    }

    /** Sets the limits; {@link ParserLimits#DEFAULT} unless set. */
    public Builder<E> limits(ParserLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the code of the error produced when a redirect's {@code state} is missing or differs
     * from the expected value (the generated catalog class passes the catalog's {@code
     * stateMismatch} code).
     */
    public Builder<E> stateMismatchCode(String code) {
      this.stateMismatchCode = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * Sets where provider sub-codes are read (the generated catalog class passes its catalog's
     * {@code subCodes:} source); {@link SubCodeSource#NONE} unless set.
     */
    public Builder<E> subCodes(SubCodeSource subCodes) {
      this.subCodes = Objects.requireNonNull(subCodes, "subCodes");
      return this;
    }

    /** Builds the parser. */
    public OAuthErrorParser<E> build() {
      return new OAuthErrorParser<>(this);
    }
  }
}
