package dev.oautherrors.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oautherrors.processor.testing.CompiledClasses;
import dev.oautherrors.processor.testing.TestCompiler;
import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.StackTrace;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A catalog large enough for the generated catalog class to split its lookup into shards (more
 * than 400 spellings) and its entry list into chunks (more than 1,000 codes), as javac limits a
 * method to 64 KiB: compiled once, loaded, and every code, alias and lenient spelling looked up.
 */
class LargeCatalogTest {
  private static final int CODES = 1_001;
  private static Method create;
  private static Method lookup;
  private static List<CatalogEntry> entries;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    StringBuilder yaml = new StringBuilder("package: com.example.large\nerrors:\n");
    for (int i = 0; i < CODES; i++) {
      yaml.append("  - code: code_").append(i).append("\n    aliases: [Alias-").append(i)
          .append("]\n    cause: Cause ").append(i).append(".\n");
    }
    Compilation compilation = TestCompiler.compile(yaml.toString());
    assertEquals(Compilation.Status.SUCCESS, compilation.status(),
        () -> compilation.errors().toString());
    Class<?> catalog = Class.forName("com.example.large.OAuthErrors", true,
        new CompiledClasses(compilation));
    create = catalog.getMethod("create", OAuthError.class, StackTrace.class);
    lookup = catalog.getMethod("lookup", String.class);
    @SuppressWarnings("unchecked") // entries() returns List<CatalogEntry>
    List<CatalogEntry> list = (List<CatalogEntry>) catalog.getMethod("entries").invoke(null);
    entries = list;
  }

  private static AbstractOAuthErrorException create(String code)
      throws ReflectiveOperationException {
    return (AbstractOAuthErrorException) create.invoke(null, OAuthError.builder(code).build(),
        StackTrace.OMIT);
  }

  @Test
  void everyEntryIsListedInCatalogOrder() {
    assertEquals(CODES, entries.size());
    for (int i = 0; i < CODES; i++) {
      assertEquals("code_" + i, entries.get(i).code());
    }
  }

  @Test
  void everySpellingOfEveryCodeLandsOnItsType() throws ReflectiveOperationException {
    for (int i = 0; i < CODES; i++) {
      CatalogEntry entry = entries.get(i);
      AbstractOAuthErrorException exact = create("code_" + i);
      assertEquals("Code" + i + "Exception", exact.getClass().getSimpleName());
      assertEquals(CodeMatch.EXACT, exact.match());
      assertSame(entry, exact.catalogEntry().orElseThrow());
      AbstractOAuthErrorException alias = create("Alias-" + i);
      assertEquals(exact.getClass(), alias.getClass());
      assertEquals(CodeMatch.ALIAS, alias.match());
      for (String lenient : new String[] {"CODE-" + i, "alias_" + i, "ALIAS-" + i}) {
        AbstractOAuthErrorException match = create(lenient);
        assertEquals(exact.getClass(), match.getClass(), lenient);
        assertEquals(CodeMatch.LENIENT, match.match(), lenient);
        assertEquals(Optional.of(entry), lookup.invoke(null, lenient), lenient);
      }
      assertEquals(Optional.of(entry), lookup.invoke(null, "Alias-" + i));
    }
    for (String unknown : new String[] {"code_" + CODES, "code-", "", "alias_x"}) {
      AbstractOAuthErrorException match = create(unknown);
      assertEquals(CodeMatch.UNKNOWN, match.match(), unknown);
      assertEquals(Optional.empty(), lookup.invoke(null, unknown), unknown);
      assertTrue(match.getClass().getSimpleName().toLowerCase(Locale.ROOT).contains("unknown"));
    }
  }
}
