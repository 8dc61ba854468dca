package dev.oautherrors.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Located;
import dev.oautherrors.processor.model.SubCode;
import dev.oautherrors.processor.model.SubCodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the catalog's sub-code enum: one constant per listed sub-code, {@code UNKNOWN} for the
 * others, and a lookup from the wire value through a map built once, so that finding a sub-code
 * costs the same whatever their number.
 */
final class SubCodeEnumWriter {
  private static final String UNKNOWN = GeneratedNames.UNKNOWN_SUB_CODE;

  private final CatalogTypes types;
  private final SubCodes subCodes;

  SubCodeEnumWriter(CatalogTypes types, SubCodes subCodes) {
    this.types = types;
    this.subCodes = subCodes;
  }

  TypeSpec write() {
    ClassName self = types.subCode(subCodes);
    TypeName strings = ParameterizedTypeName.get(List.class, String.class);
    TypeName optionalSelf = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
    TypeName index = ParameterizedTypeName.get(ClassName.get(Map.class),
        ClassName.get(String.class), self);
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addJavadoc("The provider sub-codes of the catalog $L: finer codes sent beside {@code "
                + "error}, read from $L. The generated exceptions' {@code subCode()} returns one;"
                + " a sub-code the catalog does not list is {@link #$L}, and {@code "
                + "rawSubCode()} keeps the value as sent either way.\n",
            types.fileMention(), sources(), UNKNOWN)
        .addAnnotation(types.generated())
        .addModifiers(Modifier.PUBLIC);
    for (SubCode subCode : subCodes.codes()) {
      type.addEnumConstant(subCode.constant().value(),
          TypeSpec.anonymousClassBuilder(arguments(subCode))
              .addJavadoc(javadoc(subCode))
              .build());
    }
    type.addEnumConstant(UNKNOWN, TypeSpec.anonymousClassBuilder(
            "$S, $S, null, $S", "", "The catalog does not list this sub-code.", "")
        .addJavadoc("A sub-code the catalog does not list; {@code rawSubCode()} on the error"
            + " holds the value sent.\n")
        .build());
    type.addField(FieldSpec.builder(index, "BY_VALUE", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer("index()")
            .build())
        .addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "cause", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "action", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "errorCodes", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "value")
            .addParameter(String.class, "cause")
            .addParameter(String.class, "action")
            .addParameter(String.class, "errorCodes")
            .addStatement("this.value = value")
            .addStatement("this.cause = cause")
            .addStatement("this.action = action")
            .addStatement("this.errorCodes = errorCodes")
            .build())
        .addMethod(MethodSpec.methodBuilder("value")
            .addJavadoc("The sub-code as the server sends it; empty for {@link #$L}.\n", UNKNOWN)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return value")
            .build())
        .addMethod(MethodSpec.methodBuilder("cause")
            .addJavadoc("What the sub-code means, in the catalog's words.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return cause")
            .build())
        .addMethod(MethodSpec.methodBuilder("action")
            .addJavadoc("What the application or its admin should do, when the catalog says.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(Optional.class, String.class))
            .addStatement("return $T.ofNullable(action)", Optional.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("errorCodes")
            .addJavadoc("The error codes this sub-code goes with, as the catalog lists them; "
                + "empty when it names none.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(strings)
            .addStatement("return errorCodes.isEmpty() ? $T.of() : $T.of(errorCodes.split($S))",
                List.class, List.class, " ")
            .build())
        .addMethod(MethodSpec.methodBuilder("isKnown")
            .addJavadoc("Whether the catalog lists this sub-code (every constant but {@link "
                + "#$L}).\n", UNKNOWN)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return this != $L", UNKNOWN)
            .build())
        .addMethod(MethodSpec.methodBuilder("lookup")
            .addJavadoc("The sub-code sent as {@code value}, compared exactly; empty when the "
                + "catalog does not list it. Constant time: one hash lookup.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(optionalSelf)
            .addParameter(String.class, "value")
            .addStatement("return $T.ofNullable(BY_VALUE.get(value))", Optional.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("of")
            .addJavadoc("The sub-code sent as {@code value}; {@link #$L} when the catalog does not"
                + " list it.\n", UNKNOWN)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(String.class, "value")
            .addStatement("return BY_VALUE.getOrDefault(value, $L)", UNKNOWN)
            .build())
        .addMethod(MethodSpec.methodBuilder("index")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(index)
            .addStatement("$T[] all = values()", self)
            .addStatement("$T map = new $T<>(all.length * 2)", index, HashMap.class)
            .beginControlFlow("for ($T subCode : all)", self)
            .beginControlFlow("if (subCode != $L)", UNKNOWN)
            .addStatement("map.put(subCode.value, subCode)")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return map")
            .build());
    return type.build();
  }

  private String sources() {
    StringBuilder text = new StringBuilder();
    subCodes.field().ifPresent(field ->
        text.append("the JSON member ").append(Javadoc.code(field.value())));
    subCodes.descriptionPattern().ifPresent(pattern -> {
      if (text.length() > 0) {
        text.append(", else from ");
      }
      text.append("the start of {@code error_description} by the pattern ")
          .append(Javadoc.code(pattern.value()));
    });
    return text.toString();
  }

  private static CodeBlock arguments(SubCode subCode) {
    String errors = String.join(" ", subCode.errors().stream().map(Located::value).toList());
    return CodeBlock.builder()
        .add("\n$>$>$S,\n$L,\n$L,\n$S$<$<", subCode.value(), Literals.text(subCode.cause()),
            subCode.action().map(Literals::text).orElse(CodeBlock.of("null")), errors)
        .build();
  }

  private static CodeBlock javadoc(SubCode subCode) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("$L: $L\n", Javadoc.code(subCode.value()), Javadoc.prose(subCode.cause()));
    subCode.action().ifPresent(action -> doc.add("\n<p>$L\n", Javadoc.prose(action)));
    if (!subCode.errors().isEmpty()) {
      doc.add("\n<p>Goes with $L.\n", String.join(", ", subCode.errors().stream()
          .map(e -> Javadoc.code(e.value())).toList()));
    }
    return doc.build();
  }
}
