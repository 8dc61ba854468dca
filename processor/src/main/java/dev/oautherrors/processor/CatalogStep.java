package dev.oautherrors.processor;

import dev.oautherrors.processor.diagnostic.Diagnostics;
import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.generate.CatalogGenerator;
import dev.oautherrors.processor.load.CatalogLocator;
import dev.oautherrors.processor.load.LoadedCatalog;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.validate.CatalogValidator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The first round's work: find the catalog, validate it, and generate its types, unless types
 * generated from the same catalog are already on the class path (a test compilation, or a module
 * that depends on the one holding the catalog).
 */
final class CatalogStep {
  private static final String HASH_FIELD = "CATALOG_SHA256";

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;

  CatalogStep(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  /**
   * Loads, validates and generates every catalog of the module (one, or several from
   * {@code errors/*.yaml}). A missing or invalid catalog throws {@link BrokenCatalog} with its
   * problems unreported (the processor reports them once placeholders exist); a failure to write
   * stops with {@code AbortProcessing} after reporting it.
   */
  List<Catalog> run() {
    CatalogLocator locator = new CatalogLocator(env.getFiler(),
        env.getOptions().get(CatalogLocator.CATALOG_OPTION),
        env.getOptions().get(CatalogLocator.RESOURCE_OPTION));
    CatalogLocator.Outcome outcome = locator.locate();
    if (outcome instanceof CatalogLocator.Missing missing) {
      throw new BrokenCatalog(List.of(missing.problem()), List.of(), List.of());
    }
    List<LoadedCatalog> files = outcome instanceof CatalogLocator.Several several
        ? several.catalogs()
        : List.of(((CatalogLocator.Found) outcome).catalog());
    List<Catalog> catalogs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    for (LoadedCatalog loaded : files) {
      CatalogValidator.Result result = CatalogValidator.validate(loaded);
      problems.addAll(result.problems());
      result.catalog().ifPresentOrElse(catalogs::add,
          () -> broken.add(loaded.text().fileName()));
    }
    Map<String, Catalog> byPackage = new HashMap<>();
    for (Catalog catalog : catalogs) {
      Catalog first = byPackage.putIfAbsent(catalog.packageName(), catalog);
      if (first != null) {
        problems.add(Problem.of(Message.CATALOG_PACKAGE_CLASH,
            Location.inCatalog(catalog.file(), catalog.javaPackage().position(),
                catalog.packageName().length()),
            name(catalog), catalog.packageName(), name(first),
            catalog.packageName() + "." + name(catalog).replaceAll("[^A-Za-z0-9_]", "_")
                .toLowerCase(Locale.ROOT)));
        broken.add(catalog.file().fileName());
      }
    }
    if (!broken.isEmpty()) {
      throw new BrokenCatalog(problems, files, broken);
    }
    diagnostics.reportAll(problems);
    for (Catalog catalog : catalogs) {
      if (!alreadyGenerated(catalog)) {
        write(catalog);
      }
    }
    return catalogs;
  }

  /** A catalog's name, as handlers give it: its file name without {@code .yaml}. */
  static String name(Catalog catalog) {
    String file = catalog.file().fileName();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  private boolean alreadyGenerated(Catalog catalog) {
    String name = new GeneratedNames(catalog).catalogClass().canonicalName();
    TypeElement existing = env.getElementUtils().getTypeElement(name);
    if (existing == null) {
      return false;
    }
    Optional<Object> hash = ElementFilter.fieldsIn(existing.getEnclosedElements()).stream()
        .filter(field -> field.getSimpleName().contentEquals(HASH_FIELD))
        .map(VariableElement::getConstantValue)
        .findFirst();
    if (hash.isPresent() && hash.get().equals(catalog.sha256())) {
      return true;
    }
    diagnostics.report(Message.STALE_GENERATED_TYPES, Location.nowhere(), name,
        catalog.file().displayPath());
    return false;
  }

  private void write(Catalog catalog) {
    boolean sealed = env.getSourceVersion().compareTo(SourceVersion.RELEASE_17) >= 0;
    for (CatalogGenerator.Source source : new CatalogGenerator(catalog, sealed).sources()) {
      try (Writer writer = env.getFiler().createSourceFile(source.qualifiedName()).openWriter()) {
        writer.write(source.text());
      } catch (IOException e) {
        diagnostics.report(Message.WRITE_FAILED, Location.nowhere(), source.qualifiedName(),
            e.getMessage());
      }
    }
    diagnostics.abortIfErrors();
  }
}
