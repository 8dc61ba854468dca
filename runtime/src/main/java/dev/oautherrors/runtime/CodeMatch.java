package dev.oautherrors.runtime;

/** How a wire code was matched to a catalog entry. The raw spelling is always kept. */
public enum CodeMatch {
  /** The wire value equals the catalog's {@code code}. */
  EXACT,
  /** The wire value equals one of the catalog entry's {@code aliases}. */
  ALIAS,
  /**
   * The wire value equals a code or alias after ASCII case folding and treating {@code -} as
   * {@code _} (see {@link CodeNormalizer}); for example {@code No_Oauth_State} from Salesforce's
   * single sign-on pages for {@code No_OAuth_State}.
   */
  LENIENT,
  /** No catalog entry matched: the error is of the catalog's unknown-code type. */
  UNKNOWN
}
