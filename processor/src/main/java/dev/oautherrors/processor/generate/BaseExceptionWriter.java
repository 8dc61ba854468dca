package dev.oautherrors.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.StackTrace;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes the abstract base exception, sealed over every code's class and the unknown class. */
final class BaseExceptionWriter {
  private final CatalogTypes types;
  private final boolean sealed;

  BaseExceptionWriter(CatalogTypes types, boolean sealed) {
    this.types = types;
    this.sealed = sealed;
  }

  TypeSpec write() {
    ClassName visitor = types.visitor();
    TypeVariableName r = TypeVariableName.get("R");
    TypeSpec.Builder base = TypeSpec.classBuilder(types.base())
        .addJavadoc("An OAuth error from the catalog $L: one final subclass per code, and "
                + "{@link $T} for codes the catalog does not know.\n\n"
                + "<p>Handle every code with {@link #accept($T)}, an {@code @OAuthErrorHandler} "
                + "class and its generated dispatcher, or a {@code switch} over this $L type.\n",
            types.fileMention(), types.unknown(), visitor, sealed ? "sealed" : "abstract")
        .addAnnotation(types.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .superclass(AbstractOAuthErrorException.class)
        .addField(ExceptionSpecs.serialVersionUid())
        .addMethod(ExceptionSpecs.constructor())
        .addMethod(MethodSpec.methodBuilder("accept")
            .addJavadoc("Calls the visitor's method for this error's code.\n\n"
                + "@param visitor the visitor\n"
                + "@param <R> the visitor's result type\n"
                + "@return what the visitor's method returns\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addTypeVariable(r)
            .returns(r)
            .addParameter(ParameterizedTypeName.get(visitor, r), "visitor")
            .build())
        .addMethod(MethodSpec.methodBuilder("asException")
            .addJavadoc("This error as its exception type; lets a group interface be thrown.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(types.base())
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("withStackTrace")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(types.base())
            .addStatement("return $T.create(error(), $T.CAPTURE)", types.catalogClass(),
                StackTrace.class)
            .build());
    types.catalog().subCodes().ifPresent(subCodes -> {
      ClassName subCode = types.subCode(subCodes);
      base.addMethod(MethodSpec.methodBuilder("subCode")
          .addJavadoc("The provider sub-code of this error: empty when the response carries none;"
                  + " {@link $T#$L} when the catalog does not list it ({@link #rawSubCode()} keeps"
                  + " the value as sent).\n",
              subCode, GeneratedNames.UNKNOWN_SUB_CODE)
          .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
          .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), subCode))
          .addStatement("return rawSubCode().map($T::of)", subCode)
          .build());
    });
    if (sealed) {
      base.addModifiers(Modifier.SEALED);
      for (ErrorCode code : types.catalog().errors()) {
        base.addPermittedSubclass(types.exception(code));
      }
      base.addPermittedSubclass(types.unknown());
    }
    return base.build();
  }
}
