package dev.oautherrors.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Reason;
import dev.oautherrors.runtime.KnownReason;
import dev.oautherrors.runtime.RetryAdvice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes a code's {@code Reason} enum: one constant per documented sub-cause. */
final class ReasonEnumWriter {
  static final String NAME = "Reason";

  private final ErrorCode code;

  ReasonEnumWriter(ErrorCode code) {
    this.code = code;
  }

  TypeSpec write() {
    TypeName strings = ParameterizedTypeName.get(List.class, String.class);
    TypeName optionalString = ParameterizedTypeName.get(Optional.class, String.class);
    TypeSpec.Builder type = TypeSpec.enumBuilder(NAME)
        .addJavadoc("The documented sub-causes of $L, told apart by {@code error_description}.\n",
            Javadoc.code(code.wireCode()))
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(KnownReason.class);
    for (Reason reason : code.reasons()) {
      type.addEnumConstant(reason.constantName(), TypeSpec.anonymousClassBuilder(arguments(reason))
          .addJavadoc("$L: $L\n", Javadoc.code(reason.description()), Javadoc.prose(reason.cause()))
          .build());
    }
    type.addField(String.class, "id", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "cause", Modifier.PRIVATE, Modifier.FINAL)
        .addField(RetryAdvice.class, "retryAdvice", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(optionalString, "action", Modifier.PRIVATE, Modifier.FINAL)
            .build())
        .addField(FieldSpec.builder(strings, "spellings", Modifier.PRIVATE, Modifier.FINAL)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "id")
            .addParameter(String.class, "description")
            .addParameter(String.class, "cause")
            .addParameter(RetryAdvice.class, "retryAdvice")
            .addParameter(optionalString, "action")
            .addParameter(strings, "spellings")
            .addStatement("this.id = id")
            .addStatement("this.description = description")
            .addStatement("this.cause = cause")
            .addStatement("this.retryAdvice = retryAdvice")
            .addStatement("this.action = action")
            .addStatement("this.spellings = spellings")
            .build())
        .addMethod(getter("id", TypeName.get(String.class)))
        .addMethod(getter("description", TypeName.get(String.class)))
        .addMethod(getter("cause", TypeName.get(String.class)))
        .addMethod(getter("retryAdvice", TypeName.get(RetryAdvice.class)))
        .addMethod(getter("action", optionalString))
        .addMethod(getter("spellings", strings));
    return type.build();
  }

  private CodeBlock arguments(Reason reason) {
    List<CodeBlock> spellings = new ArrayList<>();
    spellings.add(CodeBlock.of("$S", reason.description()));
    reason.aliases().forEach(alias -> spellings.add(CodeBlock.of("$S", alias)));
    CodeBlock action = reason.action().or(code::action)
        .map(text -> CodeBlock.of("$T.of($S)", Optional.class, text))
        .orElse(CodeBlock.of("$T.empty()", Optional.class));
    return CodeBlock.builder()
        .add("\n$>$>$S,\n$S,\n$S,\n$T.$L,\n$L,\n$T.of($L)$<$<\n", reason.id().value(),
            reason.description(), reason.cause(), RetryAdvice.class,
            reason.retry().orElse(code.retry()).name(), action, List.class,
            CodeBlock.join(spellings, ", "))
        .build();
  }

  private static MethodSpec getter(String name, TypeName type) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", name)
        .build();
  }
}
