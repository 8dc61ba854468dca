package dev.oautherrors.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oautherrors.processor.testing.TestCompiler;
import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Catalogs of more than {@value CodeLookupWriter#SHARD_SIZE} spellings split their code lookup
 * into shard classes. Every spelling must still reach its type through the shards, and the
 * shards must be even, since one that holds too many spellings is a method over 64 KB.
 */
class ShardedLookupTest {
  private static final int CODES = 800;

  @Test
  void everySpellingOfAShardedCatalogFindsItsType() throws Exception {
    Compilation compilation = TestCompiler.compile(catalog(CODES), List.of("-Xlint:all", "-Werror"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(TestCompiler.generated(compilation, "com.example.sharded.OAuthErrors")
        .contains("private static final class Shard1 {"), "the lookup is sharded");

    ClassLoader loader = new GeneratedClassLoader(compilation);
    Method create = loader.loadClass("com.example.sharded.OAuthErrors")
        .getMethod("create", OAuthError.class, StackTrace.class);
    for (int i = 0; i < CODES; i++) {
      String expected = "com.example.sharded.Code" + i + "Exception";
      assertType(create, code(i), expected, CodeMatch.EXACT);
      assertType(create, code(i).toUpperCase(Locale.ROOT), expected, CodeMatch.LENIENT);
      if (i % 4 == 0) {
        assertType(create, alias(i), expected, CodeMatch.ALIAS);
      }
    }
    assertType(create, "not_in_the_catalog",
        "com.example.sharded.UnknownOAuthErrorException", CodeMatch.UNKNOWN);
  }

  @Test
  void shardsAreEvenForSimilarNames() {
    // 12,000 spellings like the benchmarks' 10,000-code catalog: 30 shards of 400 on average.
    int shards = 30;
    int[] sizes = new int[shards];
    for (int i = 0; i < 10_000; i++) {
      String code = String.format(Locale.ROOT, "bench_error_%05d", i);
      sizes[CodeLookupWriter.shardOf(code, shards)]++;
      if (i % 5 == 0) {
        sizes[CodeLookupWriter.shardOf(code.replace('_', '-'), shards)]++;
      }
    }
    for (int size : sizes) {
      assertTrue(size >= 300 && size <= 500, "shard of " + size + " spellings");
    }
  }

  private static void assertType(Method create, String spelling, String type, CodeMatch match)
      throws Exception {
    AbstractOAuthErrorException e = (AbstractOAuthErrorException)
        create.invoke(null, OAuthError.builder(spelling).build(), StackTrace.OMIT);
    assertEquals(type, e.getClass().getName(), spelling);
    assertEquals(match, e.match(), spelling);
  }

  private static String code(int i) {
    return "code_" + i;
  }

  private static String alias(int i) {
    return "alias-" + i;
  }

  private static String catalog(int codes) {
    StringBuilder yaml = new StringBuilder("package: com.example.sharded\nerrors:\n");
    for (int i = 0; i < codes; i++) {
      yaml.append("  - code: ").append(code(i)).append('\n');
      if (i % 4 == 0) {
        yaml.append("    aliases: [").append(alias(i)).append("]\n");
      }
      yaml.append("    cause: Cause ").append(i).append(".\n");
    }
    return yaml.toString();
  }

  /** Loads the classes javac wrote in memory; the runtime comes from the test class path. */
  private static final class GeneratedClassLoader extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    GeneratedClassLoader(Compilation compilation) {
      super(ShardedLookupTest.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf("/com/") + 1, path.length() - 6)
              .replace('/', '.');
          classes.put(name, file);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
