package dev.oautherrors.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
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
        .addParameter(StackTrace.class, "stackTrace")
        .addStatement("super(error, match, stackTrace)")
        .build();
  }

  /**
   * {@code static Base create(OAuthError, CodeMatch, StackTrace)}: the catalog class makes each
   * exception through its class's factory, whose declared type is the base type, so that the
   * JVM's verifier of the catalog class has no subtype to check, and loads only the classes of
   * the codes a program meets (see {@code docs/performance.md}, "The first parse").
   */
  static MethodSpec factory(CatalogTypes types, ClassName self) {
    return MethodSpec.methodBuilder(FACTORY)
        .addModifiers(Modifier.STATIC)
        .returns(types.base())
        .addParameter(OAuthError.class, "error")
        .addParameter(CodeMatch.class, "match")
        .addParameter(StackTrace.class, "stackTrace")
        .addStatement("return new $T(error, match, stackTrace)", self)
        .build();
  }

  /** The name of each exception class's factory. */
  static final String FACTORY = "create";

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
