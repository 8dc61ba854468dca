package dev.oautherrors.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.testing.compile.Compilation;
import dev.oautherrors.fuzzsupport.CommittedCorpus;
import dev.oautherrors.fuzzsupport.Structured;
import dev.oautherrors.processor.testing.CompiledClasses;
import dev.oautherrors.processor.testing.TestCompiler;
import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.CatalogEntry;
import dev.oautherrors.runtime.CodeMatch;
import dev.oautherrors.runtime.CodeNormalizer;
import dev.oautherrors.runtime.OAuthError;
import dev.oautherrors.runtime.OAuthErrorParser;
import dev.oautherrors.runtime.ParseResult;
import dev.oautherrors.runtime.StackTrace;
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
import org.junit.jupiter.api.BeforeAll;

/**
 * The generated catalog class maps every spelling of every code to that code's one type: the
 * exact code, each alias, and every lenient variant of either (ASCII case changed anywhere,
 * {@code -} and {@code _} swapped), through {@code create}, {@code lookup} and the generated
 * parser; any other code is the unknown type, spelt as sent. Two catalogs are compiled once with
 * the processor and their generated classes loaded: the reference catalog and {@code
 * catalogs/spellings.yaml}, whose aliases have every shape.
 *
 * <p>Property tests as Jazzer fuzz tests with structured inputs ({@link Structured}): under {@code
 * mvn verify} each replays its committed corpus, {@code
 * src/test/resources/dev/oautherrors/processor/generate/GeneratedLookupFuzzTestInputs/<method>/},
 * written by {@link LookupCorpus} (every spelling of every entry of both catalogs as it is, with
 * every letter flipped, and with every other one; look-alikes of known codes; seeded random
 * inputs) and kept in step by {@code LookupCorpusTest}.
 */
class GeneratedLookupFuzzTest {
  static final int MAX_CODE = 30;
  static final int MAX_FLIPS = 40;
  /** Indexes are read in these ranges and taken modulo the real counts. */
  static final int MAX_INDEX = 255;
  /** The reference catalog; tests run from processor/. */
  private static final Path REFERENCE = Path.of("../example-app/src/main/resources/errors/salesforce.yaml");
  private static List<GeneratedCatalog> catalogs;

  /** One compiled catalog: its generated class's entry points, reflected. */
  record GeneratedCatalog(String name, Method create, Method lookup,
      OAuthErrorParser<?> parser, List<CatalogEntry> entries, Set<String> lenientSpellings) {

    AbstractOAuthErrorException create(String code) {
      try {
        return (AbstractOAuthErrorException) create.invoke(null, OAuthError.builder(code).build(),
            StackTrace.OMIT);
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

  @BeforeAll
  static void compileCatalogs() throws ReflectiveOperationException {
    catalogs();
  }

  /** Both catalogs, compiled once per JVM. */
  static synchronized List<GeneratedCatalog> catalogs() throws ReflectiveOperationException {
    if (catalogs != null) {
      return catalogs;
    }
    catalogs = List.of(
        load("reference", read(REFERENCE),
            "com.example.salesforce.oauth.OAuthErrors"),
        load("spellings", TestCompiler.resource("catalogs/spellings.yaml"),
            "com.example.spellings.OAuthErrors"));
    return catalogs;
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
    return new GeneratedCatalog(name, type.getMethod("create", OAuthError.class, StackTrace.class),
        type.getMethod("lookup", String.class),
        (OAuthErrorParser<?>) type.getMethod("parser").invoke(null), list, lenient);
  }

  /** Which catalog, which entry, which of its spellings, and which letters to flip. */
  record SpellingInput(int catalog, int entry, int spelling, List<Boolean> flips)
      implements CommittedCorpus.Input {
    static SpellingInput decode(FuzzedDataProvider data) {
      return new SpellingInput(Structured.integer(data, 0, 1),
          Structured.integer(data, 0, MAX_INDEX), Structured.integer(data, 0, MAX_INDEX),
          Structured.bits(data, MAX_FLIPS));
    }

    @Override
    public byte[] encode() {
      return new Structured.Encoder().integer(catalog, 0, 1).integer(entry, 0, MAX_INDEX)
          .integer(spelling, 0, MAX_INDEX).bits(flips, MAX_FLIPS).bytes();
    }
  }

  /** A code, and the catalog to look it up in. */
  record CodeInput(String code, int catalog) implements CommittedCorpus.Input {
    static CodeInput decode(FuzzedDataProvider data) {
      return new CodeInput(Structured.text(data, MAX_CODE), Structured.integer(data, 0, 1));
    }

    @Override
    public byte[] encode() {
      return new Structured.Encoder().text(code, MAX_CODE).integer(catalog, 0, 1).bytes();
    }
  }

  @FuzzTest
  void everySpelling(FuzzedDataProvider data) {
    SpellingInput input = SpellingInput.decode(data);
    GeneratedCatalog catalog = catalogs.get(input.catalog());
    CatalogEntry entry = catalog.entries().get(input.entry() % catalog.entries().size());
    List<String> spellings = spellings(entry);
    String spelling = spellings.get(input.spelling() % spellings.size());
    everySpellingLandsOnItsCodesType(catalog, entry, vary(spelling, input.flips()));
  }

  void everySpellingLandsOnItsCodesType(GeneratedCatalog catalog, CatalogEntry entry,
      String wire) {
    Class<?> type = catalog.create(entry.code()).getClass();

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

  /** Skips a code of the catalog, as an assumption would; the corpus holds none. */
  @FuzzTest
  void anyOtherCode(FuzzedDataProvider data) {
    CodeInput input = CodeInput.decode(data);
    GeneratedCatalog catalog = catalogs.get(input.catalog());
    if (unknown(catalog, input.code())) {
      anyOtherCodeIsTheUnknownTypeSpeltAsSent(input.code(), catalog);
    }
  }

  static boolean unknown(GeneratedCatalog catalog, String code) {
    return !catalog.lenientSpellings().contains(CodeNormalizer.normalize(code));
  }

  void anyOtherCodeIsTheUnknownTypeSpeltAsSent(String code, GeneratedCatalog catalog) {
    AbstractOAuthErrorException error = catalog.create(code);
    assertEquals("UnknownOAuthErrorException", error.getClass().getSimpleName());
    assertEquals(CodeMatch.UNKNOWN, error.match());
    assertEquals(code, error.code());
    assertEquals(Optional.empty(), catalog.lookup(code));
  }

  // --- Helpers ----------------------------------------------------------------------------------

  static List<String> spellings(CatalogEntry entry) {
    List<String> spellings = new ArrayList<>();
    spellings.add(entry.code());
    spellings.addAll(entry.aliases());
    return spellings;
  }

  /** Flips the case of ASCII letters and swaps {@code -}/{@code _} where {@code flips} is 1. */
  static String vary(String spelling, List<Boolean> flips) {
    StringBuilder out = new StringBuilder(spelling.length());
    for (int i = 0; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      boolean flip = i < flips.size() && flips.get(i);
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
