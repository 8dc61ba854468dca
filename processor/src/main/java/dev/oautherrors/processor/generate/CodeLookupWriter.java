package dev.oautherrors.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.oautherrors.processor.model.ErrorCode;
import dev.oautherrors.processor.model.Located;
import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.CodeNormalizer;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the lookup from a wire code to its exception: a {@code switch} over exact spellings
 * (codes, then aliases), then one over lenient forms. A {@code switch} on strings compiles to a
 * hash lookup, so each call costs one {@code hashCode} and one {@code equals}.
 *
 * <p>A class file holds at most 65,535 constants and a method 64 KB of code, so a catalog with
 * more than {@value #SHARD_SIZE} spellings is split: the catalog class picks a nested shard class
 * by the spelling's hash (String hashes are specified, so the split is the same on every JVM).
 * The hash is mixed before it is reduced: {@code String.hashCode} is a sum of powers of 31, and
 * with 30 shards (31 = 1 mod 30) it is about the sum of the characters, which put 76 to 757 of
 * a 10,000-code catalog's 12,000 spellings in one shard; mixed, each shard holds 360 to 440.
 */
final class CodeLookupWriter {
  static final int SHARD_SIZE = 400;
  static final String EXACT = "exactMatch";
  static final String LENIENT = "lenientMatch";
  static final String EXACT_ENTRY = "exactEntry";
  static final String LENIENT_ENTRY = "lenientEntry";
  static final String SHARD_OF = "shardOf";
  /** The golden-ratio multiplier of Fibonacci hashing: spreads every bit of the hash upwards. */
  private static final int MIX = 0x9E3779B9;

  /** One {@code case}: a spelling and the code it leads to, and how it matched. */
  private record Case(String spelling, ErrorCode code, CodeMatch match) {}

  private final CatalogTypes types;

  CodeLookupWriter(CatalogTypes types) {
    this.types = types;
  }

  /** Adds {@code exactMatch} and {@code lenientMatch}, and shard classes if needed. */
  void addTo(TypeSpec.Builder catalogClass) {
    List<Case> exact = new ArrayList<>();
    Map<String, Case> lenient = new LinkedHashMap<>();
    for (ErrorCode code : types.catalog().errors()) {
      for (Located<String> spelling : code.spellings()) {
        exact.add(new Case(spelling.value(), code,
            spelling == code.code() ? CodeMatch.EXACT : CodeMatch.ALIAS));
        String normalized = CodeNormalizer.normalize(spelling.value());
        lenient.putIfAbsent(normalized, new Case(normalized, code, CodeMatch.LENIENT));
      }
    }
    int shards = (exact.size() + SHARD_SIZE - 1) / SHARD_SIZE;
    if (shards <= 1) {
      catalogClass.addMethod(matcher(EXACT, exact, "code"));
      catalogClass.addMethod(matcher(LENIENT, new ArrayList<>(lenient.values()), "normalized"));
      catalogClass.addMethod(matcher(EXACT_ENTRY, exact, "code"));
      catalogClass.addMethod(
          matcher(LENIENT_ENTRY, new ArrayList<>(lenient.values()), "normalized"));
      return;
    }
    List<List<Case>> exactShards = split(exact, shards);
    List<List<Case>> lenientShards = split(new ArrayList<>(lenient.values()), shards);
    for (int i = 0; i < shards; i++) {
      catalogClass.addType(TypeSpec.classBuilder("Shard" + i)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addMethod(matcher(EXACT, exactShards.get(i), "code"))
          .addMethod(matcher(LENIENT, lenientShards.get(i), "normalized"))
          .addMethod(matcher(EXACT_ENTRY, exactShards.get(i), "code"))
          .addMethod(matcher(LENIENT_ENTRY, lenientShards.get(i), "normalized"))
          .build());
    }
    catalogClass.addMethod(router(EXACT, "code", shards));
    catalogClass.addMethod(router(LENIENT, "normalized", shards));
    catalogClass.addMethod(router(EXACT_ENTRY, "code", shards));
    catalogClass.addMethod(router(LENIENT_ENTRY, "normalized", shards));
    catalogClass.addMethod(shardOf(shards));
  }

  /**
   * The shard of {@code spelling} among {@code shards}; the generated {@code shardOf} computes
   * the same.
   */
  static int shardOf(String spelling, int shards) {
    int h = spelling.hashCode() * MIX;
    return Math.floorMod(h ^ (h >>> 16), shards);
  }

  private static List<List<Case>> split(List<Case> cases, int shards) {
    List<List<Case>> split = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      split.add(new ArrayList<>());
    }
    for (Case c : cases) {
      split.get(shardOf(c.spelling(), shards)).add(c);
    }
    return split;
  }

  private static MethodSpec shardOf(int shards) {
    return MethodSpec.methodBuilder(SHARD_OF)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.INT)
        .addParameter(String.class, "spelling")
        .addStatement("int h = spelling.hashCode() * 0x$L",
            Integer.toHexString(MIX).toUpperCase(Locale.ROOT))
        .addStatement("return $T.floorMod(h ^ (h >>> 16), $L)", Math.class, shards)
        .build();
  }

  private static boolean findsEntry(String name) {
    return name.equals(EXACT_ENTRY) || name.equals(LENIENT_ENTRY);
  }

  private MethodSpec.Builder signature(String name, String parameter) {
    if (findsEntry(name)) {
      return MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.STATIC)
          .returns(CatalogEntry.class)
          .addParameter(String.class, parameter);
    }
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .returns(types.base())
        .addParameter(String.class, parameter)
        .addParameter(OAuthError.class, "error")
        .addParameter(StackTrace.class, "stackTrace");
  }

  private MethodSpec matcher(String name, List<Case> cases, String parameter) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($N)", parameter);
    for (Case c : cases) {
      ClassName exception = types.exception(c.code());
      body.add("case $S:\n", c.spelling()).indent();
      if (findsEntry(name)) {
        body.addStatement("return $T.ENTRY", exception);
      } else {
        body.addStatement("return $T.$N(error, $T.$L, stackTrace)", exception,
            ExceptionSpecs.FACTORY, CodeMatch.class, c.match().name());
      }
      body.unindent();
    }
    body.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
    return signature(name, parameter)
        .addModifiers(Modifier.PRIVATE)
        .addCode(body.build())
        .build();
  }

  private MethodSpec router(String name, String parameter, int shards) {
    CodeBlock.Builder body = CodeBlock.builder()
        .beginControlFlow("switch ($N($N))", SHARD_OF, parameter);
    for (int i = 0; i < shards; i++) {
      body.add("case $L:\n", i).indent()
          .addStatement(findsEntry(name) ? "return Shard$L.$N($N)"
              : "return Shard$L.$N($N, error, stackTrace)", i, name, parameter)
          .unindent();
    }
    body.add("default:\n").indent()
        .addStatement("throw new $T()", AssertionError.class).unindent()
        .endControlFlow();
    return signature(name, parameter)
        .addModifiers(Modifier.PRIVATE)
        .addCode(body.build())
        .build();
  }
}
