package dev.oautherrors.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.oautherrors.processor.model.Placeholder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@link Placeholder}s of a broken catalog: empty types with the names the user's code
 * refers to, so that javac reports the catalog's error alone instead of a "cannot find symbol" for
 * every reference. They never run: the build that writes them fails with the catalog's error, and
 * a class placeholder cannot be instantiated.
 */
public final class PlaceholderWriter {
  private static final AnnotationSpec GENERATED = AnnotationSpec.builder(
          com.palantir.javapoet.ClassName.get("javax.annotation.processing", "Generated"))
      .addMember("value", "$S", "dev.oautherrors.processor.OAuthErrorsProcessor")
      .addMember("comments", "$S", "placeholder: the catalog has errors")
      .build();

  private final String catalogFile;

  /** A writer whose Javadoc names {@code catalogFile}, the broken catalog. */
  public PlaceholderWriter(String catalogFile) {
    this.catalogFile = catalogFile;
  }

  /** One source per placeholder, in the order of their qualified names. */
  public List<CatalogGenerator.Source> sources(Collection<Placeholder> placeholders) {
    List<Placeholder> sorted = new ArrayList<>(placeholders);
    sorted.sort(Comparator.comparing(p -> p.name().canonicalName()));
    List<CatalogGenerator.Source> sources = new ArrayList<>();
    for (Placeholder placeholder : sorted) {
      JavaFile file = JavaFile.builder(placeholder.name().packageName(), type(placeholder))
          .skipJavaLangImports(true)
          .indent("  ")
          .build();
      sources.add(new CatalogGenerator.Source(placeholder.name().canonicalName(),
          SourceFormatter.format(file.toString())));
    }
    return sources;
  }

  private TypeSpec type(Placeholder placeholder) {
    String simpleName = placeholder.name().simpleName();
    TypeSpec.Builder type = placeholder.isInterface()
        ? TypeSpec.interfaceBuilder(simpleName)
        : TypeSpec.classBuilder(simpleName).addModifiers(Modifier.FINAL)
            .addMethod(privateConstructor());
    type.addModifiers(Modifier.PUBLIC)
        .addJavadoc("PLACEHOLDER, not the real type: the catalog $L has errors, so this type was "
                + "written empty, only so that the code referring to it compiles far enough for "
                + "the catalog's error to be the build's only error. Fix the catalog and it is "
                + "generated again, whole.\n", Javadoc.code(catalogFile))
        .addAnnotation(GENERATED);
    for (int i = 0; i < placeholder.typeParameters(); i++) {
      type.addTypeVariable(TypeVariableName.get(i == 0 ? "R" : "R" + i));
    }
    for (String nested : placeholder.nested()) {
      type.addType(TypeSpec.classBuilder(nested)
          .addJavadoc("PLACEHOLDER: see the enclosing type.\n")
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addMethod(privateConstructor())
          .build());
    }
    return type.build();
  }

  private static MethodSpec privateConstructor() {
    return MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addStatement("throw new $T($S)", AssertionError.class, "placeholder of a broken catalog")
        .build();
  }
}
