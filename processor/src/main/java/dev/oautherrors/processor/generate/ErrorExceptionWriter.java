package dev.oautherrors.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.oautherrors.processor.model.Citation;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.GeneratedNames;
import dev.oautherrors.processor.model.Located;
import dev.oautherrors.processor.model.SubCodes;
import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.RetryAdvice;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Writes the exception class of one code, with its catalog entry and its reasons. */
final class ErrorExceptionWriter {
  private final CatalogTypes types;

  ErrorExceptionWriter(CatalogTypes types) {
    this.types = types;
  }

  TypeSpec write(ErrorCode code) {
    ClassName self = types.exception(code);
    TypeName optionalEntry = ParameterizedTypeName.get(Optional.class, CatalogEntry.class);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc(javadoc(code))
        .addAnnotation(types.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(types.base())
        .addField(ExceptionSpecs.serialVersionUid())
        .addField(FieldSpec.builder(String.class, "CODE",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The wire code, as the catalog spells it.\n")
            .initializer("$S", code.wireCode())
            .build())
        .addField(FieldSpec.builder(CatalogEntry.class, "ENTRY",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("What the catalog says about $L.\n", Javadoc.code(code.wireCode()))
            .initializer(entry(code))
            .build())
        .addField(FieldSpec.builder(optionalEntry, "CATALOG_ENTRY",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of(ENTRY)", Optional.class)
            .build());
    code.groupId().flatMap(id -> types.catalog().group(id))
        .ifPresent(group -> type.addSuperinterface(types.group(group)));
    type.addMethod(ExceptionSpecs.constructor())
        .addMethod(ExceptionSpecs.factory(types, self))
        .addMethod(MethodSpec.methodBuilder("catalogEntry")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(optionalEntry)
            .addStatement("return CATALOG_ENTRY")
            .build());
    if (!code.reasons().isEmpty()) {
      ClassName reason = self.nestedClass(GeneratedNames.REASON_ENUM);
      type.addMethod(MethodSpec.methodBuilder("reason")
              .addJavadoc("The documented sub-cause that this error's {@code error_description}"
                  + " names, if any.\n")
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), reason))
              .addStatement("return knownReason().map($T.class::cast)", reason)
              .build())
          .addType(new ReasonEnumWriter(code).write());
    }
    return type.addMethod(ExceptionSpecs.accept(types, code.visitMethodName())).build();
  }

  private CodeBlock javadoc(ErrorCode code) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("$L: $L\n", Javadoc.code(code.wireCode()), Javadoc.prose(code.cause()));
    if (!code.aliases().isEmpty()) {
      doc.add("\n<p>Also sent as $L.\n", code.aliases().stream()
          .map(a -> Javadoc.code(a.value())).collect(Collectors.joining(", ")));
    }
    code.groupId().flatMap(id -> types.catalog().group(id)).ifPresent(group ->
        doc.add("\n<p>Group: {@link $T} ($L).\n", types.group(group), Javadoc.code(group.id())));
    if (!code.flows().isEmpty()) {
      doc.add("\n<p>Flows: $L.\n", code.flows().stream()
          .map(f -> Javadoc.code(f.value())).collect(Collectors.joining(", ")));
    }
    // Named in full: an import used only by Javadoc is "never used" to Eclipse's compiler.
    doc.add("\n<p>Retry advice: {@link $L#$L}.\n", RetryAdvice.class.getCanonicalName(),
        code.retry().name());
    code.action().ifPresent(action -> doc.add("\n<p>What to do: $L\n", Javadoc.prose(action)));
    types.catalog().subCodes().ifPresent(subCodes -> subCodesOf(code, subCodes, doc));
    if (!code.see().isEmpty()) {
      doc.add("\n");
    }
    for (Citation citation : code.see()) {
      doc.add("@see <a href=\"$L\">$L</a>\n",
          Javadoc.escape(citation.url().strip()).replace("\"", "&quot;"),
          Javadoc.prose(citation.ref()));
    }
    return doc.build();
  }

  /** The sub-codes the catalog ties to {@code code}, by their constants (at most the first 20). */
  private static void subCodesOf(ErrorCode code, SubCodes subCodes, CodeBlock.Builder doc) {
    String enumName = subCodes.javaName().value();
    List<String> links = subCodes.codes().stream()
        .filter(s -> s.errors().stream().anyMatch(e -> e.value().equals(code.wireCode())))
        .map(s -> "{@link " + enumName + "#" + s.constant().value() + "}")
        .toList();
    if (links.isEmpty()) {
      return;
    }
    String shown = String.join(", ", links.subList(0, Math.min(links.size(), 20)));
    doc.add("\n<p>Sub-codes documented with it ({@code subCode()}): $L$L.\n", shown,
        links.size() > 20 ? " and " + (links.size() - 20) + " more" : "");
  }

  private static CodeBlock entry(ErrorCode code) {
    CodeBlock.Builder entry = CodeBlock.builder()
        .add("$T.builder(CODE,\n$>$>$L)", CatalogEntry.class, Literals.text(code.cause()));
    if (!code.aliases().isEmpty()) {
      entry.add("\n.aliases($L)", literals(code.aliases()));
    }
    code.groupId().ifPresent(group -> entry.add("\n.group($S)", group));
    if (!code.flows().isEmpty()) {
      entry.add("\n.flows($L)", literals(code.flows()));
    }
    if (code.retry() != RetryAdvice.NEVER) {
      entry.add("\n.retryAdvice($T.$L)", RetryAdvice.class, code.retry().name());
    }
    code.action().ifPresent(action -> entry.add("\n.action($L)", Literals.text(action)));
    if (!code.reasons().isEmpty()) {
      entry.add("\n.reasons($L.values())", GeneratedNames.REASON_ENUM);
    }
    return entry.add("\n.build()$<$<").build();
  }

  private static CodeBlock literals(List<Located<String>> values) {
    return Literals.list(values.stream().map(Located::value).toList());
  }
}
