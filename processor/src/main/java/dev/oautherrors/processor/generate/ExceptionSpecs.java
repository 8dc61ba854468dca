package dev.oautherrors.processor.generate;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import javax.lang.model.element.Modifier;

/** The members every generated exception class shares. */
final class ExceptionSpecs {
  private ExceptionSpecs() {}

  /** {@code private static final long serialVersionUID = 1L;} */
  static FieldSpec serialVersionUid() {
    return FieldSpec.builder(TypeName.LONG, "serialVersionUID",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build();
  }

  /** The package-private constructor that hands the error and its match to the superclass. */
  static MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addParameter(OAuthError.class, "error")
        .addParameter(CodeMatch.class, "match")
        .addParameter(TypeName.BOOLEAN, "captureStackTrace")
        .addStatement("super(error, match, captureStackTrace)")
        .build();
  }

  /** {@code accept}, calling the visitor's method {@code visitMethod} with {@code this}. */
  static MethodSpec accept(CatalogTypes types, String visitMethod) {
    TypeVariableName r = TypeVariableName.get("R");
    return MethodSpec.methodBuilder("accept")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(r)
        .returns(r)
        .addParameter(ParameterizedTypeName.get(types.visitor(), r), "visitor")
        .addStatement("return visitor.$L(this)", visitMethod)
        .build();
  }
}
