package dev.oautherrors.processor.reference;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The specifications behind the bundled catalogs: which catalog id covers a cited section, and
 * the one URL each citation must link to.
 */
final class StandardDocuments {
  static final String OPENID_CONNECT = "openid-connect";
  static final String OPENID_CONNECT_URL = "https://openid.net/specs/openid-connect-core-1_0.html";

  private static final Pattern RFC_REF = Pattern.compile("RFC ([1-9][0-9]*) §([0-9]+(?:\\.[0-9]+)*)");
  private static final Pattern OPENID_REF =
      Pattern.compile("OpenID Connect Core 1\\.0 §([0-9]+(?:\\.[0-9]+)*)");

  /**
   * The anchors of the OpenID Connect Core sections that catalogs cite; the document numbers its
   * sections but links them by name.
   */
  private static final Map<String, String> OPENID_ANCHORS = Map.of("3.1.2.6", "AuthError");

  private StandardDocuments() {}

  /** The catalog id whose specification holds the cited section, or null for an unknown form. */
  static String catalogOf(String ref) {
    Matcher rfc = RFC_REF.matcher(ref);
    if (rfc.matches()) {
      return "rfc" + rfc.group(1);
    }
    return OPENID_REF.matcher(ref).matches() ? OPENID_CONNECT : null;
  }

  /** The URL a citation of {@code ref} must have, or null when the form of {@code ref} is unknown. */
  static String urlOf(String ref) {
    Matcher rfc = RFC_REF.matcher(ref);
    if (rfc.matches()) {
      return "https://www.rfc-editor.org/rfc/rfc" + rfc.group(1) + "#section-" + rfc.group(2);
    }
    Matcher openid = OPENID_REF.matcher(ref);
    if (openid.matches() && OPENID_ANCHORS.containsKey(openid.group(1))) {
      return OPENID_CONNECT_URL + "#" + OPENID_ANCHORS.get(openid.group(1));
    }
    return null;
  }

  /** The URL of the whole specification a catalog covers, or null for a catalog of catalogs. */
  static String documentOf(String catalogId) {
    if (catalogId.matches("rfc[1-9][0-9]*")) {
      return "https://www.rfc-editor.org/rfc/" + catalogId;
    }
    return catalogId.equals(OPENID_CONNECT) ? OPENID_CONNECT_URL : null;
  }
}
