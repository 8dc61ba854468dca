package dev.oautherrors.processor.validate;

import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.load.LoadedCatalog;
import dev.oautherrors.processor.load.YamlNode;
import dev.oautherrors.processor.load.YamlTreeReader;
import dev.oautherrors.processor.model.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads, composes, binds and checks a catalog: YAML syntax first, then what it extends and
 * overrides ({@link CatalogComposer}), then the shape of every field, then the rules across
 * entries. Each stage runs only if the one before found no problem, so that one
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
    Optional<YamlNode> tree = yaml.tree();
    LoadedCatalog composed = loaded;
    if (tree.isPresent() && tree.get() instanceof YamlNode.Mapping root) {
      CatalogComposer.Composed result = CatalogComposer.compose(loaded, root, problems);
      if (!problems.isEmpty()) {
        return new Result(Optional.empty(), problems);
      }
      tree = Optional.of(result.tree());
      composed = new LoadedCatalog(loaded.text(), result.sha256());
    }
    Optional<Catalog> catalog = CatalogBinder.bind(composed, tree, problems);
    if (catalog.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    for (CatalogCheck check : CHECKS) {
      check.check(catalog.get(), problems);
    }
    return new Result(problems.isEmpty() ? catalog : Optional.empty(), problems);
  }
}
