package dev.oautherrors.runtime;

import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One OAuth error response, with every field exactly as the server sent it and the raw response it
 * came from. The generated exception types wrap it; {@link SafeText} gives safe forms for logs and
 * HTML. Immutable.
 */
public final class OAuthError implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Who produced an error. */
  public enum Origin {
    /** The server sent it. */
    SERVER,
    /**
     * This client's own check of {@code state} failed (missing or different from the value sent):
     * a possible CSRF attack. The code is the catalog's {@code stateMismatch} code; the response,
     * whatever it was, is kept in {@link #response()}.
     */
    STATE_CHECK
  }

  private final String code;
  private final String description;
  private final String uri;
  private final String state;
  private final String issuer;
  private final String subCode;
  private final Origin origin;
  private final RawResponse response;
  /** The {@link RepeatedParameters} bits. */
  private final int repeated;

  OAuthError(
      String code,
      String description,
      String uri,
      String state,
      String issuer,
      String subCode,
      Origin origin,
      RawResponse response,
      int repeated) {
    this.code = code;
    this.description = description;
    this.uri = uri;
    this.state = state;
    this.issuer = issuer;
    this.subCode = subCode;
    this.origin = origin;
    this.response = response;
    this.repeated = repeated;
  }

  /** Starts an error with the given wire code; for tests and for errors read by other means. */
  public static Builder builder(String code) {
    return new Builder(code);
  }

  /** The {@code error} value exactly as sent, whatever its characters (never null, maybe empty). */
  public String code() {
    return code;
  }

  /** The {@code error_description} exactly as sent. See {@link #safeDescription()}. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The {@code error_description} with control characters neutralised for logs ({@link
   * SafeText#forLog}); empty string when absent.
   */
  public String safeDescription() {
    return description == null ? "" : SafeText.forLog(description);
  }

  /** The {@code error_uri} exactly as sent. To show it as a link, use {@link #uriAsLink()}. */
  public Optional<String> uri() {
    return Optional.ofNullable(uri);
  }

  /**
   * The {@code error_uri} when it is an absolute {@code http(s)} URI safe to show as a link;
   * empty for anything else, {@code javascript:} included.
   */
  public Optional<URI> uriAsLink() {
    return SafeText.link(uri);
  }

  /** The {@code state} exactly as sent back, if any. */
  public Optional<String> state() {
    return Optional.ofNullable(state);
  }

  /** The {@code iss} parameter (RFC 9207), if any. */
  public Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }

  /**
   * The provider's finer code beside {@code error}, exactly as sent (a JSON number as written),
   * when the catalog says where to find it ({@code subCodes:} in the catalog) and the response
   * carries one: Microsoft Entra ID's {@code 50126} from {@code "error_codes":[50126]} or from a
   * description starting {@code AADSTS50126:}. The generated {@code subCode()} gives it typed.
   */
  public Optional<String> subCode() {
    return Optional.ofNullable(subCode);
  }

  /** This error with {@code subCode} as its sub-code. */
  OAuthError withSubCode(String subCode) {
    return new OAuthError(code, description, uri, state, issuer, subCode, origin, response,
        repeated);
  }

  /** Whether the server sent this error or this client's state check produced it. */
  public Origin origin() {
    return origin;
  }

  /** Everything the parser was given. */
  public RawResponse response() {
    return response;
  }

  /**
   * The OAuth parameters ({@code error}, {@code error_description}, {@code error_uri}, {@code
   * state}, {@code iss}) that the response gave more than once, in that order; empty for a
   * well-formed response. The fields above hold the first value of each. RFC 6749 §3.1 forbids
   * repeats: a caller that wants to be strict refuses an error whose list is not empty, since
   * which value the server meant cannot be known.
   */
  public List<String> repeatedParameters() {
    return RepeatedParameters.names(repeated);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof OAuthError)) {
      return false;
    }
    OAuthError that = (OAuthError) other;
    return code.equals(that.code)
        && Objects.equals(description, that.description)
        && Objects.equals(uri, that.uri)
        && Objects.equals(state, that.state)
        && Objects.equals(issuer, that.issuer)
        && Objects.equals(subCode, that.subCode)
        && origin == that.origin
        && repeated == that.repeated
        && response == that.response;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, description, uri, state, issuer, subCode, origin);
  }

  /** {@code code: description}, safe for logs. */
  @Override
  public String toString() {
    String safeCode = SafeText.forLog(code);
    return description == null ? safeCode : safeCode + ": " + SafeText.forLog(description);
  }

  /** Builds an {@link OAuthError}; every field but the code is optional. */
  public static final class Builder {
    private final String code;
    private String description;
    private String uri;
    private String state;
    private String issuer;
    private String subCode;
    private Origin origin = Origin.SERVER;
    private RawResponse response;

    private Builder(String code) {
      this.code = Objects.requireNonNull(code, "code");
    }

    /** Sets {@code error_description}. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets {@code error_uri}. */
    public Builder uri(String uri) {
      this.uri = uri;
      return this;
    }

    /** Sets {@code state}. */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /** Sets {@code iss}. */
    public Builder issuer(String issuer) {
      this.issuer = issuer;
      return this;
    }

    /** Sets the provider sub-code, as sent. */
    public Builder subCode(String subCode) {
      this.subCode = subCode;
      return this;
    }

    /** Sets the origin; {@link Origin#SERVER} unless set. */
    public Builder origin(Origin origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
      return this;
    }

    /** Sets the raw response; without one, a JSON body of the fields is recorded. */
    public Builder response(RawResponse response) {
      this.response = response;
      return this;
    }

    /** Builds the error. */
    public OAuthError build() {
      RawResponse raw = response != null ? response : RawResponse.body(toJson());
      return new OAuthError(code, description, uri, state, issuer, subCode, origin, raw, 0);
    }

    private String toJson() {
      StringBuilder json = new StringBuilder("{");
      JsonText.appendMember(json, "error", code);
      appendIfSet(json, "error_description", description);
      appendIfSet(json, "error_uri", uri);
      appendIfSet(json, "state", state);
      appendIfSet(json, "iss", issuer);
      return json.append('}').toString();
    }

    private static void appendIfSet(StringBuilder json, String name, String value) {
      if (value != null) {
        json.append(',');
        JsonText.appendMember(json, name, value);
      }
    }
  }
}
