package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.load.LoadedCatalog;
import dev.oautherrors.processor.load.YamlTreeReader;
import dev.oautherrors.processor.model.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads, binds and checks a catalog: YAML syntax first, then the shape of every field, then the
 * rules across entries. Each stage runs only if the one before found no problem, so that one
 * mistake is not reported three times.
 */
public final class CatalogValidator {
  private static final List<CatalogCheck> CHECKS = List.of(
      new CharacterCheck(),
      new PackageCheck(),
      new SpellingCheck(),
      new JavaNameCheck(),
      new ReferenceCheck(),
      new ReasonCheck(),
      new SubCodeCheck(),
      new SizeLimitCheck());

  private CatalogValidator() {}

  /** The outcome: a catalog when valid, and every problem found. */
  public record Result(Optional<Catalog> catalog, List<Problem> problems) {}

  /** Validates a loaded catalog file. */
  public static Result validate(LoadedCatalog loaded) {
    YamlTreeReader.Result yaml = YamlTreeReader.read(loaded.text());
    List<Problem> problems = new ArrayList<>(yaml.problems());
    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    Optional<Catalog> catalog = CatalogBinder.bind(loaded, yaml.tree(), problems);
    if (catalog.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    for (CatalogCheck check : CHECKS) {
      check.check(catalog.get(), problems);
    }
    return new Result(problems.isEmpty() ? catalog : Optional.empty(), problems);
  }
}
