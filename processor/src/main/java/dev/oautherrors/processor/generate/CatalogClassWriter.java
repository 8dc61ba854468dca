package dev.oautherrors.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.oautherrors.processor.model.Catalog;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Located;
import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeNormalizer;
import dev.oautherrors.runtime.ErrorTypes;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParserLimits;
import dev.oautherrors.runtime.StackTrace;
import dev.oautherrors.runtime.SubCodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the catalog class: the entry point that applications call for parsers, typed errors and
 * the catalog's entries.
 */
final class CatalogClassWriter {
  /** Entries listed per static block; keeps a huge catalog's initialiser under 64 KB. */
  private static final int ENTRIES_PER_CHUNK = 1000;

  private static final String TYPES_CLASS = "Types";

  private final CatalogTypes types;

  CatalogClassWriter(CatalogTypes types) {
    this.types = types;
  }

  TypeSpec write() {
    Catalog catalog = types.catalog();
    ClassName self = types.catalogClass();
    TypeName parser = ParameterizedTypeName.get(ClassName.get(OAuthErrorParser.class),
        types.base());
    TypeName entries = ParameterizedTypeName.get(List.class, CatalogEntry.class);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("The OAuth error catalog $L, compiled: parsers that turn responses into its "
                + "typed errors, and the lookup from a wire code to its type.\n\n"
                + "<pre>{@code\n"
                + "switch ($T.parser().parseRedirect(callbackUri, expectedState)) { ... }\n"
                + "}</pre>\n",
            types.fileMention(), self)
        .addAnnotation(types.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(FieldSpec.builder(String.class, "CATALOG_SHA256",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("SHA-256 of the catalog file these types were generated from.\n")
            .initializer("$S", catalog.sha256())
            .build())
        .addField(FieldSpec.builder(parser, "PARSER", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer("parser($T.DEFAULT)", ParserLimits.class)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("parser")
            .addJavadoc("The parser for this catalog's errors, with {@link $T#DEFAULT} limits.\n",
                ParserLimits.class)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(parser)
            .addStatement("return PARSER")
            .build())
        .addMethod(parserWithLimits(parser))
        .addMethod(MethodSpec.methodBuilder("of")
            .addJavadoc("The typed exception for {@code error}, recording the stack trace of this"
                + " call: ready to throw.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(types.base())
            .addParameter(OAuthError.class, "error")
            .addStatement("return create(error, $T.CAPTURE)", StackTrace.class)
            .build())
        .addMethod(create())
        .addMethod(MethodSpec.methodBuilder("entries")
            .addJavadoc("Every entry of the catalog, in catalog order.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(entries)
            .addStatement("return Entries.ALL")
            .build())
        .addMethod(MethodSpec.methodBuilder("lookup")
            .addJavadoc("The entry for a wire code, matched as {@link #create} matches; empty for a"
                + " code the catalog does not know.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(Optional.class, CatalogEntry.class))
            .addParameter(String.class, "code")
            .addStatement("$T exact = $N(code)", CatalogEntry.class, CodeLookupWriter.EXACT_ENTRY)
            .beginControlFlow("if (exact != null)")
            .addStatement("return $T.of(exact)", Optional.class)
            .endControlFlow()
            .addStatement("return $T.ofNullable($N($T.normalize(code)))", Optional.class,
                CodeLookupWriter.LENIENT_ENTRY, CodeNormalizer.class)
            .build())
        .addType(entriesHolder(entries))
        .addType(typesClass());
    new CodeLookupWriter(types).addTo(type);
    return type.build();
  }

  private MethodSpec parserWithLimits(TypeName parser) {
    CodeBlock.Builder build = CodeBlock.builder()
        .add("return $T.builder(new $N())\n$>$>.limits(limits)", OAuthErrorParser.class,
            TYPES_CLASS);
    types.catalog().stateMismatch().map(Located::value).flatMap(this::codeNamed)
        .ifPresent(code -> build.add("\n.stateMismatchCode($T.CODE)", types.exception(code)));
    types.catalog().subCodes().ifPresent(subCodes -> build.add("\n.subCodes($T.of($L, $L))",
        SubCodeSource.class, literalOrNull(subCodes.field()),
        literalOrNull(subCodes.descriptionPattern())));
    build.add("\n.build();\n$<$<");
    return MethodSpec.methodBuilder("parser")
        .addJavadoc("A parser for this catalog's errors with other limits.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(parser)
        .addParameter(ParserLimits.class, "limits")
        .addCode(build.build())
        .build();
  }

  private static CodeBlock literalOrNull(Optional<Located<String>> value) {
    return value.map(v -> CodeBlock.of("$S", v.value())).orElse(CodeBlock.of("null"));
  }

  private Optional<ErrorCode> codeNamed(String wireCode) {
    return types.catalog().errors().stream().filter(e -> e.wireCode().equals(wireCode))
        .findFirst();
  }

  private MethodSpec create() {
    return MethodSpec.methodBuilder("create")
        .addJavadoc("The typed exception for {@code error}'s code: the exact spelling first, then"
            + " the catalog's aliases, then the lenient spelling ({@link $T}); the unknown-code"
            + " type when none matches.\n\n"
            + "@param stackTrace whether to record the stack trace; parsers omit it,"
            + " since capturing one costs about a microsecond\n", CodeNormalizer.class)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(types.base())
        .addParameter(OAuthError.class, "error")
        .addParameter(StackTrace.class, "stackTrace")
        .addStatement("$T code = error.code()", String.class)
        .addStatement("$T exact = $N(code, error, stackTrace)", types.base(),
            CodeLookupWriter.EXACT)
        .beginControlFlow("if (exact != null)")
        .addStatement("return exact")
        .endControlFlow()
        .addStatement("$T normalized = $T.normalize(code)", String.class, CodeNormalizer.class)
        .addStatement("$T lenient = $N(normalized, error, stackTrace)", types.base(),
            CodeLookupWriter.LENIENT)
        .addStatement("return lenient != null ? lenient : $T.create(error, stackTrace)",
            types.unknown())
        .build();
  }

  /**
   * The parsers' {@code ErrorTypes}: a nested class, not a method reference, since the first use of
   * a lambda or method reference costs a JVM milliseconds of {@code java.lang.invoke} set-up.
   */
  private TypeSpec typesClass() {
    return TypeSpec.classBuilder(TYPES_CLASS)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(ErrorTypes.class),
            types.base()))
        .addMethod(MethodSpec.methodBuilder("create")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(types.base())
            .addParameter(OAuthError.class, "error")
            .addParameter(StackTrace.class, "stackTrace")
            .addStatement("return $T.create(error, stackTrace)", types.catalogClass())
            .build())
        .build();
  }

  /**
   * The entries live in a nested holder so that they, and with them every exception class, are
   * loaded only when someone asks for them.
   */
  private TypeSpec entriesHolder(TypeName entries) {
    List<ErrorCode> codes = types.catalog().errors();
    TypeSpec.Builder holder = TypeSpec.classBuilder("Entries")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
    if (codes.size() <= ENTRIES_PER_CHUNK) {
      CodeBlock list = codes.stream()
          .map(code -> CodeBlock.of("$T.ENTRY", types.exception(code)))
          .collect(CodeBlock.joining(",\n"));
      return holder.addField(FieldSpec.builder(entries, "ALL", Modifier.STATIC, Modifier.FINAL)
              .initializer("$T.of(\n$>$>$L$<$<)", List.class, list)
              .build())
          .build();
    }
    MethodSpec.Builder all = MethodSpec.methodBuilder("all")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(entries)
        .addStatement("$T entries = new $T<>($L)", entries, ArrayList.class, codes.size());
    for (int start = 0; start < codes.size(); start += ENTRIES_PER_CHUNK) {
      String chunk = "add" + (start / ENTRIES_PER_CHUNK);
      MethodSpec.Builder add = MethodSpec.methodBuilder(chunk)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(entries, "entries");
      for (ErrorCode code : codes.subList(start, Math.min(codes.size(), start + ENTRIES_PER_CHUNK))) {
        add.addStatement("entries.add($T.ENTRY)", types.exception(code));
      }
      holder.addMethod(add.build());
      all.addStatement("$N(entries)", chunk);
    }
    all.addStatement("return $T.unmodifiableList(entries)", Collections.class);
    return holder
        .addField(FieldSpec.builder(entries, "ALL", Modifier.STATIC, Modifier.FINAL)
            .initializer("all()")
            .build())
        .addMethod(all.build())
        .build();
  }
}
