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
import dev.oautherrors.runtime.CodeNormalizer;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The generated catalog class maps every spelling of every code to that code's one type: the
 * exact code, each alias, and every lenient variant of either (ASCII case changed anywhere,
 * {@code -} and {@code _} swapped), through {@code create}, {@code lookup} and the generated
 * parser; any other code is the unknown type, spelt as sent. Two catalogs are compiled once with
 * the processor and their generated classes loaded: the reference catalog and {@code
 * catalogs/spellings.yaml}, whose aliases have every shape.
 */
class GeneratedLookupProperties {
  private static final int TRIES = 200;
  /** The reference catalog; tests run from processor/. */
  private static final Path REFERENCE = Path.of("../example-app/src/main/resources/errors/salesforce.yaml");
  private static List<GeneratedCatalog> catalogs;

  /** One compiled catalog: its generated class's entry points, reflected. */
  record GeneratedCatalog(String name, Method create, Method lookup,
      OAuthErrorParser<?> parser, List<CatalogEntry> entries, Set<String> lenientSpellings) {

    AbstractOAuthErrorException create(String code) {
      try {
        return (AbstractOAuthErrorException) create.invoke(null, OAuthError.builder(code).build(),
            false);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError(e);
      }
    }

    @SuppressWarnings("unchecked") // the generated method returns Optional<CatalogEntry>
    Optional<CatalogEntry> lookup(String code) {
      try {
        return (Optional<CatalogEntry>) lookup.invoke(null, code);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeContainer
  static void compileCatalogs() throws ReflectiveOperationException {
    catalogs = List.of(
        load("reference", read(REFERENCE),
            "com.example.salesforce.oauth.OAuthErrors"),
        load("spellings", TestCompiler.resource("catalogs/spellings.yaml"),
            "com.example.spellings.OAuthErrors"));
  }

  private static GeneratedCatalog load(String name, String yaml, String catalogClass)
      throws ReflectiveOperationException {
    Compilation compilation = TestCompiler.compile(yaml);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics()
        .toString());
    Class<?> type = Class.forName(catalogClass, true, new CompiledClasses(compilation));
    Method entries = type.getMethod("entries");
    @SuppressWarnings("unchecked") // entries() returns List<CatalogEntry>
    List<CatalogEntry> list = (List<CatalogEntry>) entries.invoke(null);
    Set<String> lenient = list.stream()
        .flatMap(entry -> spellings(entry).stream())
        .map(CodeNormalizer::normalize)
        .collect(Collectors.toSet());
    return new GeneratedCatalog(name, type.getMethod("create", OAuthError.class, boolean.class),
        type.getMethod("lookup", String.class),
        (OAuthErrorParser<?>) type.getMethod("parser").invoke(null), list, lenient);
  }

  /** A spelling of one entry: which catalog, which entry, which spelling, which variant. */
  record Spelling(GeneratedCatalog catalog, CatalogEntry entry, String spelling, String wire) {}

  @Property(tries = TRIES)
  void everySpellingLandsOnItsCodesType(@ForAll("spellings") Spelling spelling) {
    GeneratedCatalog catalog = spelling.catalog();
    CatalogEntry entry = spelling.entry();
    Class<?> type = catalog.create(entry.code()).getClass();
    String wire = spelling.wire();

    AbstractOAuthErrorException error = catalog.create(wire);
    assertEquals(type, error.getClass(), () -> wire + " in " + catalog);
    assertEquals(wire, error.code());
    assertSame(entry, error.catalogEntry().orElseThrow());
    CodeMatch expected = wire.equals(entry.code()) ? CodeMatch.EXACT
        : entry.aliases().contains(wire) ? CodeMatch.ALIAS
        : CodeMatch.LENIENT;
    assertEquals(expected, error.match(), wire);
    assertEquals(Optional.of(entry), catalog.lookup(wire));

    ParseResult<?> parsed = catalog.parser().parseBody("{\"error\":" + json(wire) + "}");
    assertTrue(parsed instanceof ParseResult.ErrorResponse<?> response
        && response.error().getClass() == type, () -> wire + " parsed as " + parsed);
  }

  @Property(tries = TRIES)
  void anyOtherCodeIsTheUnknownTypeSpeltAsSent(@ForAll("codes") String code,
      @ForAll("catalogs") GeneratedCatalog catalog) {
    Assume.that(!catalog.lenientSpellings().contains(CodeNormalizer.normalize(code)));
    AbstractOAuthErrorException error = catalog.create(code);
    assertEquals("UnknownOAuthErrorException", error.getClass().getSimpleName());
    assertEquals(CodeMatch.UNKNOWN, error.match());
    assertEquals(code, error.code());
    assertEquals(Optional.empty(), catalog.lookup(code));
  }

  // --- Generators -------------------------------------------------------------------------------

  @Provide
  Arbitrary<GeneratedCatalog> catalogs() {
    return Arbitraries.of(catalogs);
  }

  @Provide
  Arbitrary<Spelling> spellings() {
    return catalogs().flatMap(catalog -> Arbitraries.of(catalog.entries()).flatMap(entry ->
        Combinators.combine(Arbitraries.of(spellings(entry)),
                Arbitraries.integers().between(0, 1).list().ofMaxSize(40))
            .as((spelling, flips) -> new Spelling(catalog, entry, spelling,
                vary(spelling, flips)))));
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.strings().withChars("abcdeilnorstuvACDEINORSTU_- .").ofMaxLength(30),
        Arbitraries.of("access_denied_", "accessdenied", "access__denied", "acess_denied",
            "ACCESS_DEN\u0130ED", "\u212Aelvin", "No_OAuth_State ", "slow-down-please",
            "invalid_grant_type\u0000", ""));
  }

  // --- Helpers ----------------------------------------------------------------------------------

  private static List<String> spellings(CatalogEntry entry) {
    List<String> spellings = new ArrayList<>();
    spellings.add(entry.code());
    spellings.addAll(entry.aliases());
    return spellings;
  }

  /** Flips the case of ASCII letters and swaps {@code -}/{@code _} where {@code flips} is 1. */
  static String vary(String spelling, List<Integer> flips) {
    StringBuilder out = new StringBuilder(spelling.length());
    for (int i = 0; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      boolean flip = i < flips.size() && flips.get(i) == 1;
      if (flip && c >= 'a' && c <= 'z') {
        out.append((char) (c - 'a' + 'A'));
      } else if (flip && c >= 'A' && c <= 'Z') {
        out.append((char) (c - 'A' + 'a'));
      } else if (flip && c == '-') {
        out.append('_');
      } else if (flip && c == '_') {
        out.append('-');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
