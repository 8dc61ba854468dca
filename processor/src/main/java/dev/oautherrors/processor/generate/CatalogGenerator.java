package dev.oautherrors.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Group;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a valid catalog into Java source files: the base exception, one class per code, the
 * unknown-code class, group interfaces, the visitor and the catalog class. The same catalog always
 * gives the same files, byte for byte.
 */
public final class CatalogGenerator {
  private final CatalogTypes types;
  private final boolean sealed;

  /**
   * A generator for {@code catalog}.
   *
   * @param sealed whether to emit sealed types (source version 17 or later)
   */
  public CatalogGenerator(Catalog catalog, boolean sealed) {
    this.types = new CatalogTypes(catalog);
    this.sealed = sealed;
  }

  /** A generated source file: its type's qualified name and its text. */
  public record Source(String qualifiedName, String text) {}

  /** The generated sources, in a fixed order, laid out for reading. */
  public List<Source> sources() {
    List<Source> sources = new ArrayList<>();
    for (JavaFile file : files()) {
      sources.add(new Source(file.packageName() + "." + file.typeSpec().name(),
          SourceFormatter.format(file.toString())));
    }
    return sources;
  }

  private List<JavaFile> files() {
    Catalog catalog = types.catalog();
    List<TypeSpec> specs = new ArrayList<>();
    specs.add(new BaseExceptionWriter(types, sealed).write());
    ErrorExceptionWriter errors = new ErrorExceptionWriter(types);
    for (ErrorCode code : catalog.errors()) {
      specs.add(errors.write(code));
    }
    specs.add(new UnknownExceptionWriter(types).write());
    GroupInterfaceWriter groups = new GroupInterfaceWriter(types, sealed);
    for (Group group : catalog.groups()) {
      specs.add(groups.write(group));
    }
    catalog.subCodes().ifPresent(subCodes ->
        specs.add(new SubCodeEnumWriter(types, subCodes).write()));
    specs.add(new VisitorWriter(types).write());
    specs.add(new CatalogClassWriter(types).write());
    List<JavaFile> files = new ArrayList<>(specs.size());
    for (TypeSpec spec : specs) {
      files.add(JavaFile.builder(catalog.packageName(), spec)
          .skipJavaLangImports(true)
          .indent("  ")
          .build());
    }
    return files;
  }
}
