package dev.oautherrors.runtime;

/** Where an authorization response carries its parameters (OAuth 2.0 Multiple Response Types). */
public enum ResponseMode {
  /** In the redirect URI's query: the authorization code (web server) flow. */
  QUERY,
  /** In the redirect URI's fragment: the implicit (user-agent) flow. */
  FRAGMENT,
  /** In an {@code application/x-www-form-urlencoded} POST body ({@code response_mode=form_post}). */
  FORM_POST
}
