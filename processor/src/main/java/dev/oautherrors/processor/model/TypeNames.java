package dev.oautherrors.processor.model;

/**
 * The simple names of the generated types that do not belong to one code, from the catalog's
 * {@code names:} section or the defaults.
 *
 * @param base the abstract superclass of every error type
 * @param unknown the type of codes the catalog does not know
 * @param visitor the visitor interface
 * @param catalog the class with the parsers and the lookup
 */
public record TypeNames(
    Located<String> base, Located<String> unknown, Located<String> visitor,
    Located<String> catalog) {

  /** The default names. */
  public static final String DEFAULT_BASE = "OAuthErrorException";
  /** The default name of the unknown-code type. */
  public static final String DEFAULT_UNKNOWN = "UnknownOAuthErrorException";
  /** The default name of the visitor. */
  public static final String DEFAULT_VISITOR = "OAuthErrorVisitor";
  /** The default name of the catalog class. */
  public static final String DEFAULT_CATALOG = "OAuthErrors";

  /** The visitor method for codes the catalog does not know. */
  public static final String VISIT_UNKNOWN = "visitUnknown";
}
