package dev.oautherrors.runtime;

/**
 * Turns an {@link OAuthError} into a catalog's generated exception type. Each generated catalog
 * class provides one; the parsers use it to return typed errors.
 *
 * @param <E> the catalog's base exception type
 */
@FunctionalInterface
public interface ErrorTypes<E extends AbstractOAuthErrorException> {

  /**
   * Returns the exception for {@code error}'s code: exact spelling first, then aliases, then the
   * lenient spelling; the unknown-code type when none matches.
   *
   * @param stackTrace whether the exception records the current stack trace
   */
  E create(OAuthError error, StackTrace stackTrace);
}
