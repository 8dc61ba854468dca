package dev.oautherrors.runtime;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Exactly what a parser was given: a redirect URI, a form post body, a response body, or a whole
 * HTTP response with its status and headers. Every parse outcome keeps it, so nothing the server
 * sent is ever lost. Immutable, except that a body given as a {@code byte[]} is kept by reference,
 * not copied: do not change the array after parsing it.
 */
public final class RawResponse implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int NO_STATUS = -1;

  /** What kind of input the parser was given. */
  public enum Kind {
    /** A redirect URI (error or result in the query or the fragment). */
    REDIRECT,
    /** The body of a {@code response_mode=form_post} request. */
    FORM_POST,
    /** A token-endpoint response body without status or headers. */
    BODY,
    /** A whole HTTP response: status, headers and body. */
    HTTP_RESPONSE
  }

  private final Kind kind;
  private final String text;
  private final byte[] bytes;
  private final int status;
  private final Headers headers;
  private final boolean truncated;

  private RawResponse(
      Kind kind, String text, byte[] bytes, int status, Headers headers, boolean truncated) {
    this.kind = kind;
    this.text = text;
    this.bytes = bytes;
    this.status = status;
    this.headers = headers;
    this.truncated = truncated;
  }

  /** A redirect URI, exactly as received. */
  public static RawResponse redirect(String uri) {
    return new RawResponse(Kind.REDIRECT, Objects.requireNonNull(uri, "uri"), null, NO_STATUS,
        Headers.EMPTY, false);
  }

  /** A {@code form_post} body, exactly as received. */
  public static RawResponse formPost(String body) {
    return new RawResponse(Kind.FORM_POST, Objects.requireNonNull(body, "body"), null, NO_STATUS,
        Headers.EMPTY, false);
  }

  /** A response body given as text. */
  public static RawResponse body(String body) {
    return new RawResponse(Kind.BODY, Objects.requireNonNull(body, "body"), null, NO_STATUS,
        Headers.EMPTY, false);
  }

  /** A response body given as bytes; the array is kept, not copied. */
  public static RawResponse body(byte[] body) {
    return new RawResponse(Kind.BODY, null, Objects.requireNonNull(body, "body"), NO_STATUS,
        Headers.EMPTY, false);
  }

  /**
   * A prefix of a body that was longer than the parser's limit; {@link #isTruncated()} is true.
   */
  public static RawResponse truncatedBody(byte[] prefix, int status, Headers headers) {
    return new RawResponse(status < 0 ? Kind.BODY : Kind.HTTP_RESPONSE, null,
        Objects.requireNonNull(prefix, "prefix"), status < 0 ? NO_STATUS : status,
        Objects.requireNonNull(headers, "headers"), true);
  }

  /** A whole HTTP response whose body is text. */
  public static RawResponse http(int status, Headers headers, String body) {
    return new RawResponse(Kind.HTTP_RESPONSE, Objects.requireNonNull(body, "body"), null,
        checkStatus(status), Objects.requireNonNull(headers, "headers"), false);
  }

  /** A whole HTTP response whose body is bytes; the array is kept, not copied. */
  public static RawResponse http(int status, Headers headers, byte[] body) {
    return new RawResponse(Kind.HTTP_RESPONSE, null, Objects.requireNonNull(body, "body"),
        checkStatus(status), Objects.requireNonNull(headers, "headers"), false);
  }

  private static int checkStatus(int status) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("HTTP status must be 100..999, was " + status);
    }
    return status;
  }

  /** What kind of input this is. */
  public Kind kind() {
    return kind;
  }

  /** The redirect URI as received, for {@link Kind#REDIRECT}; empty otherwise. */
  public Optional<String> uri() {
    return kind == Kind.REDIRECT ? Optional.of(text) : Optional.empty();
  }

  /** The HTTP status, for {@link Kind#HTTP_RESPONSE}; empty otherwise. */
  public OptionalInt status() {
    return status == NO_STATUS ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** The HTTP headers as received; empty unless this is a whole HTTP response. */
  public Headers headers() {
    return headers;
  }

  /**
   * The body as text: for a redirect, the URI; for bytes, decoded as the parsers read them: by
   * their byte order mark (which is dropped), else the {@code charset} of the {@code Content-Type}
   * header, else UTF-8 (malformed bytes become U+FFFD; {@link #bodyBytes()} keeps the originals).
   */
  public String body() {
    if (text != null) {
      return text;
    }
    BodyCharset encoding = BodyCharset.of(bytes, headers);
    return new String(bytes, encoding.bomLength, bytes.length - encoding.bomLength,
        encoding.charset);
  }

  /** A copy of the body's bytes: as received, or the text encoded as UTF-8. */
  public byte[] bodyBytes() {
    return bytes != null ? bytes.clone() : text.getBytes(StandardCharsets.UTF_8);
  }

  /** The body's length in bytes, or in chars when it was given as text. */
  public int length() {
    return bytes != null ? bytes.length : text.length();
  }

  /**
   * Whether the body was longer than the parser's limit and only its first bytes were read (only
   * when reading an {@code InputStream}; bodies given whole are always kept whole).
   */
  public boolean isTruncated() {
    return truncated;
  }

  /** The body as given, text or bytes; for the parsers, which must not copy it. */
  String textOrNull() {
    return text;
  }

  byte[] bytesOrNull() {
    return bytes;
  }

  /** A one-line summary, safe for logs; not the whole body. */
  @Override
  public String toString() {
    StringBuilder summary = new StringBuilder("RawResponse{").append(kind);
    if (status != NO_STATUS) {
      summary.append(' ').append(status);
    }
    summary.append(", ").append(length()).append(bytes != null ? " bytes" : " chars");
    if (truncated) {
      summary.append(", truncated");
    }
    return summary.append('}').toString();
  }
}
