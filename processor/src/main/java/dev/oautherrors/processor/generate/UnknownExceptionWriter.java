package dev.oautherrors.processor.generate;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes the exception for codes the catalog does not know. */
final class UnknownExceptionWriter {
  private final CatalogTypes types;

  UnknownExceptionWriter(CatalogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    return TypeSpec.classBuilder(types.unknown())
        .addJavadoc("An OAuth error whose code the catalog $L does not list. Servers add codes; "
                + "this type keeps the code exactly as sent ({@link #code()}), so nothing is lost "
                + "and handlers can still log it, show it, or alert someone.\n",
            types.fileMention())
        .addAnnotation(types.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(types.base())
        .addField(ExceptionSpecs.serialVersionUid())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(OAuthError.class, "error")
            .addParameter(StackTrace.class, "stackTrace")
            .addStatement("super(error, $T.UNKNOWN, stackTrace)", CodeMatch.class)
            .build())
        .addMethod(MethodSpec.methodBuilder(ExceptionSpecs.FACTORY)
            .addJavadoc("Typed as the base, like the factories of the catalog's codes.\n")
            .addModifiers(Modifier.STATIC)
            .returns(types.base())
            .addParameter(OAuthError.class, "error")
            .addParameter(StackTrace.class, "stackTrace")
            .addStatement("return new $T(error, stackTrace)", types.unknown())
            .build())
        .addMethod(MethodSpec.methodBuilder("catalogEntry")
            .addJavadoc("Always empty: the catalog does not list this code.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(Optional.class, CatalogEntry.class))
            .addStatement("return $T.empty()", Optional.class)
            .build())
        .addMethod(ExceptionSpecs.accept(types, GeneratedNames.VISIT_UNKNOWN))
        .build();
  }
}
