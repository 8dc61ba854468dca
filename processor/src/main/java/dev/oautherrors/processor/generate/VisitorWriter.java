package dev.oautherrors.processor.generate;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.GeneratedNames;
import javax.lang.model.element.Modifier;

/** Writes the visitor interface: one method per code, and one for codes the catalog lacks. */
final class VisitorWriter {
  private final CatalogTypes types;

  VisitorWriter(CatalogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    TypeVariableName r = TypeVariableName.get("R");
    TypeSpec.Builder visitor = TypeSpec.interfaceBuilder(types.visitor())
        .addJavadoc("Handles every code of the catalog $L: one method per code, and "
                + "{@link #$L} for codes the catalog does not know. When the catalog gains a code, "
                + "every implementation stops compiling until it handles it.\n\n"
                + "@param <R> what handling an error returns\n",
            types.fileMention(), GeneratedNames.VISIT_UNKNOWN)
        .addAnnotation(types.generated())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(r);
    for (ErrorCode code : types.catalog().errors()) {
      visitor.addMethod(method(code.visitMethodName(), r)
          .addJavadoc("Handles $L: $L\n\n@param error the error\n@return the result\n",
              Javadoc.code(code.wireCode()), Javadoc.prose(code.cause()))
          .addParameter(types.exception(code), "error")
          .build());
    }
    visitor.addMethod(method(GeneratedNames.VISIT_UNKNOWN, r)
        .addJavadoc("Handles a code the catalog does not list; {@code error.code()} has it as"
            + " sent.\n\n@param error the error\n@return the result\n")
        .addParameter(types.unknown(), "error")
        .build());
    return visitor.build();
  }

  private static MethodSpec.Builder method(String name, TypeVariableName r) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(r);
  }
}
