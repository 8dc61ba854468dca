package dev.oautherrors.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Reason;
import dev.oautherrors.runtime.KnownReason;
import dev.oautherrors.runtime.RetryAdvice;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes a code's {@code Reason} enum: one constant per documented sub-cause. */
final class ReasonEnumWriter {

  private final ErrorCode code;

  ReasonEnumWriter(ErrorCode code) {
    this.code = code;
  }

  TypeSpec write() {
    TypeName strings = ParameterizedTypeName.get(List.class, String.class);
    TypeName optionalString = ParameterizedTypeName.get(Optional.class, String.class);
    TypeSpec.Builder type = TypeSpec.enumBuilder(GeneratedNames.REASON_ENUM)
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
        .addField(FieldSpec.builder(strings, "aliases", Modifier.PRIVATE, Modifier.FINAL)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "id")
            .addParameter(String.class, "description")
            .addParameter(String.class, "cause")
            .addParameter(RetryAdvice.class, "retryAdvice")
            .addParameter(String.class, "action")
            .addParameter(String[].class, "aliases")
            .varargs()
            .addStatement("this.id = id")
            .addStatement("this.description = description")
            .addStatement("this.cause = cause")
            .addStatement("this.retryAdvice = retryAdvice")
            .addStatement("this.action = $T.ofNullable(action)", Optional.class)
            .addStatement("this.aliases = $T.of(aliases)", List.class)
            .build())
        .addMethod(getter("id", TypeName.get(String.class)))
        .addMethod(getter("description", TypeName.get(String.class)))
        .addMethod(getter("cause", TypeName.get(String.class)))
        .addMethod(getter("retryAdvice", TypeName.get(RetryAdvice.class)))
        .addMethod(getter("action", optionalString))
        .addMethod(getter("aliases", strings));
    return type.build();
  }

  private CodeBlock arguments(Reason reason) {
    CodeBlock.Builder args = CodeBlock.builder()
        .add("\n$>$>$S,\n$L,\n$L,\n$T.$L,\n$L", reason.id().value(),
            Literals.text(reason.description()), Literals.text(reason.cause()), RetryAdvice.class,
            reason.retry().orElse(code.retry()).name(),
            reason.action().or(code::action).map(Literals::text).orElse(CodeBlock.of("null")));
    for (String alias : reason.aliases()) {
      args.add(",\n$L", Literals.text(alias));
    }
    return args.add("$<$<").build();
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
