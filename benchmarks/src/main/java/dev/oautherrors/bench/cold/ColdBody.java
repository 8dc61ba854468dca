package dev.oautherrors.bench.cold;

/**
 * The one response every cold-start contender parses: Salesforce's answer to a refresh with an
 * expired token, as its token endpoint sends it. Kept free of any library type, so that naming it
 * loads nothing.
 */
final class ColdBody {
  static final int STATUS = 400;
  static final String CONTENT_TYPE = "application/json;charset=UTF-8";
  static final String CODE = "invalid_grant";
  static final String DESCRIPTION = "expired access/refresh token";

  private ColdBody() {}

  /** The body's bytes, made by hand: no charset encoder, nothing a contender would not load. */
  static byte[] bytes() {
    String text = "{\"error\":\"invalid_grant\","
        + "\"error_description\":\"expired access/refresh token\"}"; // a constant: no indy
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) text.charAt(i);
    }
    return bytes;
  }

  /** A proxy's error page, as ASCII bytes. */
  static byte[] html() {
    String text = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) text.charAt(i);
    }
    return bytes;
  }

  /** Fails the process (exit status 1) if a contender read something else. */
  static void check(String code, String description) {
    if (!CODE.equals(code) || !DESCRIPTION.equals(description)) {
      System.exit(1);
    }
  }
}
