package dev.oautherrors.catalogimport;

/**
 * The options do not make sense: an unknown option, a missing value, two that contradict each
 * other. The command line exits with status 2 and points at {@code --help}.
 */
public final class UsageException extends ImportException {
  private static final long serialVersionUID = 1L;

  /** A usage problem described by {@code message}. */
  public UsageException(String message) {
    super(message);
  }
}
