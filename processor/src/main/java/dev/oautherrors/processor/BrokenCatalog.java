package dev.oautherrors.processor;

import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.load.LoadedCatalog;
import java.util.List;
import java.util.Optional;

/**
 * Thrown by {@link CatalogStep} when the catalog is missing or has errors, carrying the problems
 * unreported: the processor first writes placeholders ({@link PlaceholderStep}) and reports them a
 * round later, once javac can resolve the user's references, so that they are the build's only
 * errors.
 */
final class BrokenCatalog extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;
  private final transient Optional<LoadedCatalog> loaded;

  BrokenCatalog(List<Problem> problems, Optional<LoadedCatalog> loaded) {
    super(null, null, false, false);
    this.problems = List.copyOf(problems);
    this.loaded = loaded;
  }

  /** The problems to report, errors among them. */
  List<Problem> problems() {
    return problems;
  }

  /** The catalog file, when it was found and read. */
  Optional<LoadedCatalog> loaded() {
    return loaded;
  }
}
