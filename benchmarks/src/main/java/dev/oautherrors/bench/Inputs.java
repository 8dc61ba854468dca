package dev.oautherrors.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The inputs every contender parses, taken from the example responses of Salesforce's "OAuth 2.0
 * Authorization Errors" page (processor/src/test/resources/reference/salesforce-facts.yaml). Bodies
 * are given to each library as the bytes that come off the wire (Nimbus's HTTPResponse holds them
 * as the String its API takes).
 */
public final class Inputs {
  private Inputs() {}

  /** A token-endpoint body and the error it carries. */
  public record Body(String name, String json, Expected expected) {
    public byte[] bytes() {
      return json.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** A redirect URI and the error it carries. */
  public record Redirect(String name, String uri, Expected expected) {}

  /** What every contender must extract. */
  public record Expected(String code, String description, String uri, String state) {}

  /** The JWT bearer (and, identical, SAML bearer) flow's body, with the seed's spacing. */
  public static final Body JWT_BEARER = new Body("jwt_bearer",
      "{ \"error\":\"invalid_grant\", \"error_description\":\"Audience validation failed\" }",
      new Expected("invalid_grant", "Audience validation failed", null, null));

  /** The refresh token flow's body. */
  public static final Body REFRESH_TOKEN = new Body("refresh_token",
      "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}",
      new Expected("invalid_grant", "expired access/refresh token", null, null));

  /** The SAML assertion flow's body: error_uri first, as the seed has it. */
  public static final Body SAML_ASSERTION = new Body("saml_assertion",
      "{\"error_uri\":\"https://yourInstance.salesforce.com/setup/secur/SAMLValidationPage.apexp\","
          + " \"error\":\"invalid_grant\",\"error_description\":\"invalid assertion\"}",
      new Expected("invalid_grant", "invalid assertion",
          "https://yourInstance.salesforce.com/setup/secur/SAMLValidationPage.apexp", null));

  /** A code the catalog does not know (RFC 6749's temporarily_unavailable is not on the page). */
  public static final Body UNKNOWN_CODE = new Body("unknown_code",
      "{\"error\":\"temporarily_unavailable\",\"error_description\":\"try again later\"}",
      new Expected("temporarily_unavailable", "try again later", null, null));

  /**
   * The web server flow's redirect from the seed ({@code ?error=access-denied}) with the
   * description and state a real one carries; the description needs form decoding ({@code +}).
   */
  public static final Redirect QUERY = new Redirect("query",
      "https://www.mycustomerorderstatus/code_callback.jsp?error=access-denied"
          + "&error_description=end-user+denied+authorization&state=af0ifjsldkj",
      new Expected("access-denied", "end-user denied authorization", null, "af0ifjsldkj"));

  /** The user-agent flow's redirect from the seed ({@code #error=access_denied}), likewise. */
  public static final Redirect FRAGMENT = new Redirect("fragment",
      "https://www.customercontactinfo.com/user_callback.jsp#error=access_denied"
          + "&error_description=end-user+denied+authorization&state=af0ifjsldkj",
      new Expected("access_denied", "end-user denied authorization", null, "af0ifjsldkj"));

  /** The whole HTTP response of the seed's JWT bearer example. */
  public static final int HTTP_STATUS = 400;

  /** Its headers, as the seed shows them. */
  public static final Map<String, List<String>> HTTP_HEADERS = Map.of(
      "Content-Type", List.of("application/json;charset=UTF-8"),
      "Cache-Control", List.of("no-store"));

  /** Its body. */
  public static final Body HTTP_BODY = JWT_BEARER;

  /**
   * The body Microsoft Entra ID sends for a wrong password: the sub-code in {@code error_codes} and
   * at the start of the description, then IDs and times that change with every response (these
   * are made up, in the same shape).
   */
  public static final String ENTRA = "{\"error\":\"invalid_grant\",\"error_description\":"
      + "\"AADSTS50126: Error validating credentials due to invalid username or password. Trace ID:"
      + " 9d2e6b1c-4f3a-4c8e-9a7d-2b5f0c1e8a00 Correlation ID: 1f0c7a2e-8b3d-4e5f-a6b7-c8d9e0f1a2b3"
      + " Timestamp: 2026-01-05 10:14:03Z\",\"error_codes\":[50126],\"timestamp\":"
      + "\"2026-01-05 10:14:03Z\",\"trace_id\":\"9d2e6b1c-4f3a-4c8e-9a7d-2b5f0c1e8a00\","
      + "\"correlation_id\":\"1f0c7a2e-8b3d-4e5f-a6b7-c8d9e0f1a2b3\","
      + "\"error_uri\":\"https://login.microsoftonline.com/error?code=50126\"}";

  /** {@link #ENTRA} without {@code error_codes}: the sub-code is only in the description. */
  public static final String ENTRA_DESCRIPTION_ONLY =
      ENTRA.replace("\"error_codes\":[50126],", "");

  /** Every body input, by the name JMH's {@code @Param} uses. */
  public static final List<Body> BODIES = List.of(JWT_BEARER, REFRESH_TOKEN, SAML_ASSERTION,
      UNKNOWN_CODE);

  /** Every redirect input, by the name JMH's {@code @Param} uses. */
  public static final List<Redirect> REDIRECTS = List.of(QUERY, FRAGMENT);

  public static Body body(String name) {
    return BODIES.stream().filter(b -> b.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no body input " + name));
  }

  public static Redirect redirect(String name) {
    return REDIRECTS.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no redirect input " + name));
  }
}
