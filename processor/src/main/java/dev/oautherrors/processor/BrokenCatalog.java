package dev.oautherrors.processor;

import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.load.LoadedCatalog;
import java.util.List;

/**
 * Thrown by {@link CatalogStep} when the catalog is missing or one of the module's catalogs has
 * errors, carrying the problems unreported: the processor first writes placeholders
 * ({@link PlaceholderStep}) and reports them a round later, once javac can resolve the user's
 * references, so that they are the build's only errors.
 */
final class BrokenCatalog extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;
  private final transient List<LoadedCatalog> loaded;
  private final transient List<String> brokenFiles;

  BrokenCatalog(List<Problem> problems, List<LoadedCatalog> loaded, List<String> brokenFiles) {
    super(null, null, false, false);
    this.problems = List.copyOf(problems);
    this.loaded = List.copyOf(loaded);
    this.brokenFiles = List.copyOf(brokenFiles);
  }

  /** The problems to report, errors among them. */
  List<Problem> problems() {
    return problems;
  }

  /** Every catalog file that was found and read, the broken ones and the others; may be empty. */
  List<LoadedCatalog> loaded() {
    return loaded;
  }

  /** The file names of the catalogs with errors; empty when no catalog was found. */
  List<String> brokenFiles() {
    return brokenFiles;
  }
}
