package dev.oautherrors.catalogimport;

/**
 * The import cannot go on because of its input: a table that is not there, a column it lacks, a
 * duplicate code with two descriptions, a catalog that is not valid YAML. The message says what
 * and where, in the user's terms; the command line prints it without a stack trace.
 */
public class ImportException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An input problem described by {@code message}. */
  public ImportException(String message) {
    super(message);
  }

  /** An input problem described by {@code message}, found through {@code cause}. */
  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
