package dev.oautherrors.processor.generate;

import dev.oautherrors.processor.diagnostic.CatalogText;
import dev.oautherrors.processor.load.LoadedCatalog;
import dev.oautherrors.processor.validate.CatalogValidator;
import java.util.Map;
import java.util.TreeMap;

/** Runs the pipeline without javac, for tests of what javac cannot compile. */
final class TestCatalogs {
  private TestCatalogs() {}

  /** The generated sources of a valid catalog, by file name. */
  static Map<String, String> generate(String yaml, boolean sealed) {
    LoadedCatalog loaded = new LoadedCatalog(new CatalogText("errors.yaml", yaml), "0");
    CatalogValidator.Result result = CatalogValidator.validate(loaded);
    if (result.catalog().isEmpty()) {
      throw new AssertionError("invalid catalog: " + result.problems());
    }
    Map<String, String> sources = new TreeMap<>();
    for (CatalogGenerator.Source source :
        new CatalogGenerator(result.catalog().get(), sealed).sources()) {
      String simpleName = source.qualifiedName().substring(
          source.qualifiedName().lastIndexOf('.') + 1);
      sources.put(simpleName + ".java", source.text());
    }
    return sources;
  }
}
