package dev.oautherrors.runtime;

import dev.oautherrors.runtime.ParseResult.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;

/**
 * Parses whole HTTP responses. In order: a 3xx with a {@code Location} is a redirect and its
 * Location decides; otherwise an error in the body, whatever the status and Content-Type; then
 * an error in {@code WWW-Authenticate} (RFC 6749 §5.2 lets {@code invalid_client} come as a 401
 * so); then the status tells a success (2xx) from a response that is not OAuth.
 */
final class HttpResponseParser<E extends AbstractOAuthErrorException> {
  private final Outcomes<E> outcomes;
  private final BodyParser<E> bodies;
  private final RedirectParser<E> redirects;
  private final int maxBodyBytes;

  HttpResponseParser(Outcomes<E> outcomes, BodyParser<E> bodies, RedirectParser<E> redirects,
      ParserLimits limits) {
    this.outcomes = outcomes;
    this.bodies = bodies;
    this.redirects = redirects;
    this.maxBodyBytes = limits.maxBodyBytes();
  }

  ParseResult<E> parse(int status, Headers headers, String body) {
    RawResponse raw = RawResponse.http(status, headers, body);
    ParseResult<E> redirect = followLocation(status, headers, raw);
    if (redirect != null) {
      return redirect;
    }
    return decide(status, headers, bodies.scan(body, isSuccess(status)), raw);
  }

  ParseResult<E> parse(int status, Headers headers, byte[] body) {
    RawResponse raw = RawResponse.http(status, headers, body);
    ParseResult<E> redirect = followLocation(status, headers, raw);
    if (redirect != null) {
      return redirect;
    }
    return decide(status, headers, bodies.scan(body, isSuccess(status)), raw);
  }

  /** Reads {@code body} to one byte over the limit and parses; does not close it. */
  ParseResult<E> parse(int status, Headers headers, InputStream body) throws IOException {
    checkStatus(status);
    BodyReader.Read read = BodyReader.read(body, maxBodyBytes);
    if (read.failure() != null) {
      throw read.failure();
    }
    return parse(status, headers, read);
  }

  /**
   * Parses a {@code java.net.http} response: a {@code String}, {@code byte[]} or {@code
   * InputStream} body (the stream is read, then closed), or none (empty).
   */
  ParseResult<E> parse(HttpResponse<?> response) {
    int status = response.statusCode();
    Headers headers = Headers.of(response.headers().map());
    Object body = response.body();
    if (body == null) {
      return parse(status, headers, "");
    }
    if (body instanceof String) {
      return parse(status, headers, (String) body);
    }
    if (body instanceof byte[]) {
      return parse(status, headers, (byte[]) body);
    }
    if (body instanceof InputStream) {
      InputStream stream = (InputStream) body;
      BodyReader.Read read = BodyReader.read(stream, maxBodyBytes);
      closeQuietly(stream);
      if (read.failure() != null) {
        return Outcomes.notOAuth(RawResponse.truncatedBody(read.bytes(), status, headers),
            Problem.UNREADABLE, "reading the body failed after " + read.bytes().length
                + " bytes: " + SafeText.forLog(String.valueOf(read.failure().getMessage())));
      }
      return parse(status, headers, read);
    }
    return Outcomes.notOAuth(RawResponse.http(status, headers, ""), Problem.UNREADABLE,
        "HttpResponse body is a " + body.getClass().getName() + ", which the parser cannot read;"
            + " use BodyHandlers.ofString(), ofByteArray() or ofInputStream()");
  }

  private ParseResult<E> parse(int status, Headers headers, BodyReader.Read read) {
    if (!read.overLimit()) {
      return parse(status, headers, read.bytes());
    }
    checkStatus(status);
    RawResponse raw = RawResponse.truncatedBody(read.bytes(), status, headers);
    ParseResult<E> redirect = followLocation(status, headers, raw);
    if (redirect != null) {
      return redirect;
    }
    BodyScan tooLarge = BodyScan.problem(Problem.TOO_LARGE,
        BodyParser.streamOverLimit(maxBodyBytes, read.bytes().length));
    return decide(status, headers, tooLarge, raw);
  }

  /** A 3xx with a Location: the Location parsed as a redirect (no state check), else null. */
  private ParseResult<E> followLocation(int status, Headers headers, RawResponse raw) {
    if (status < 300 || status > 399) {
      return null;
    }
    String location = headers.firstOrNull("Location");
    return location == null ? null : redirects.parse(location, null, null, raw);
  }

  private ParseResult<E> decide(int status, Headers headers, BodyScan scan, RawResponse raw) {
    if (scan.kind == BodyScan.Kind.ERROR) {
      return outcomes.serverError(scan.code, scan.description, scan.uri, scan.state, scan.issuer,
          scan.subCode, raw);
    }
    WwwAuthenticate challenge = WwwAuthenticate.findError(headers);
    if (challenge != null) {
      return outcomes.serverError(challenge.error, challenge.description, challenge.uri, null,
          null, raw);
    }
    boolean success = isSuccess(status);
    switch (scan.kind) {
      case OBJECT:
        if (success) {
          return new ParseResult.Success<>(raw, scan.parameters);
        }
        return Outcomes.notOAuth(raw, Problem.NO_ERROR,
            "JSON object without \"error\"; HTTP status " + status);
      case EMPTY:
        if (success) {
          return new ParseResult.Success<>(raw, Parameters.EMPTY);
        }
        return Outcomes.notOAuth(raw, Problem.EMPTY, scan.detail + "; HTTP status " + status);
      default:
        return Outcomes.notOAuth(raw, scan.problem, scan.detail + "; HTTP status " + status);
    }
  }

  private static void closeQuietly(InputStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // What was read is parsed all the same; a connection that fails to close changes nothing.
    }
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status <= 299;
  }

  private static void checkStatus(int status) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("HTTP status must be 100..999, was " + status);
    }
  }
}
