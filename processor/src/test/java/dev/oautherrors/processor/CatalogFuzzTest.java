package dev.oautherrors.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.oautherrors.processor.diagnostic.CatalogText;
import dev.oautherrors.processor.diagnostic.Diagnostics;
import dev.oautherrors.processor.diagnostic.Location;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.diagnostic.Position;
import dev.oautherrors.processor.diagnostic.Problem;
import dev.oautherrors.processor.generate.CatalogGenerator;
import dev.oautherrors.processor.load.CatalogLocator;
import dev.oautherrors.processor.load.LoadedCatalog;
import dev.oautherrors.processor.testing.TestCompiler;
import dev.oautherrors.processor.validate.CatalogValidator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes catalog loading: bytes as a catalog file, through the locator (reading and UTF-8
 * decoding), then YAML, binding and every check, then, for a valid catalog, code generation.
 * Under {@code mvn verify} it replays {@code CatalogFuzzTestInputs/load/}; {@code
 * scripts/fuzz.sh} fuzzes it (see docs/hostile-input.md).
 *
 * <p>Whatever the bytes: no exception escapes; every problem is an ERROR with an {@code
 * [OAuthErrors/...]} ID, a position inside the file, and words that render; no error means a
 * catalog whose sources generate; and each input takes less than a second. The seeds are the
 * valid catalogs of the project and a sample of the broken-catalog corpus, which also runs here
 * in full as an ordinary parameterized test.
 */
class CatalogFuzzTest {
  private static Path file;

  @BeforeAll
  static void warmUp() throws IOException {
    file = Files.createTempFile("oauth-errors-fuzz", ".yaml");
    CatalogFuzzTest test = new CatalogFuzzTest();
    test.load(TestCompiler.resource("catalogs/small.yaml").getBytes(StandardCharsets.UTF_8));
    test.load("errors: [{code: 1}]\n\t\u00e9: &a *a".getBytes(StandardCharsets.UTF_8));
    test.load(new byte[] {(byte) 0xff, '\n'});
  }

  @AfterAll
  static void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  @DictionaryEntries({"package: ", "com.example.oauth", "names:", "base: ", "unknown: ",
      "visitor: ", "catalog: ", "stateMismatch: ", "flows:", "groups:", "description: ",
      "javaName: ", "errors:", "- code: ", "cause: ", "aliases: ", "group: ", "flows: ",
      "retry: ", "never", "poll", "slow_down", "back_off", "restart", "action: ", "reasons:",
      "- description: ", "id: ", "- ", ": ", "[", "]", "{", "}", "\"", "'", "&a ", "*a", "? ",
      "!!binary ", "!!str ", "!!int ", "---", "...", "#", "| ", "> ", "~", "null", "true", "no",
      "0x1F", "1e9", "class", "\\u202e", "\\u200b", "\\x00", "\\e"})
  void load(byte[] data) throws IOException {
    long start = System.nanoTime();
    check(data);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(millis < 1000, () -> "took " + millis + " ms");
  }

  /** The broken-catalog corpus holds the same properties (it is also part of the fuzz seeds). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCatalogs")
  void brokenCatalogsHoldTheFuzzProperties(String name) throws IOException {
    byte[] data = BrokenCatalogsTest.bytes(name);
    Result result = check(data);
    // escape-sequence-in-cause.yaml is a valid catalog: its case is the handler beside it, whose
    // MissingCodes error quotes the catalog's cause.
    if (!BrokenCatalogsTest.Expectation.of(data).id().equals("MissingCodes")) {
      assertFalse(result.problems().isEmpty(), "a broken catalog gave no problem");
    }
  }

  static Stream<String> brokenCatalogs() {
    return BrokenCatalogsTest.names();
  }

  /** What {@link #check} found. */
  record Result(List<Problem> problems, List<String> rendered) {}

  /** Loads {@code data} as a catalog and asserts the properties; returns the problems. */
  static Result check(byte[] data) throws IOException {
    Files.write(file, data);
    CatalogLocator.Outcome outcome = new CatalogLocator(null, file.toString(), null).locate();
    List<Problem> problems = new ArrayList<>();
    if (outcome instanceof CatalogLocator.Missing missing) {
      assertFalse(isUtf8(data), "valid UTF-8 refused: " + missing.problem().text());
      assertEquals(Message.CATALOG_NOT_UTF8, missing.problem().message());
      problems.add(missing.problem());
    } else {
      LoadedCatalog loaded = assertInstanceOf(CatalogLocator.Found.class, outcome).catalog();
      assertTrue(isUtf8(data), "invalid UTF-8 accepted");
      assertEquals(new String(data, StandardCharsets.UTF_8), loaded.text().text());
      CatalogValidator.Result result = CatalogValidator.validate(loaded);
      problems.addAll(result.problems());
      assertEquals(problems.isEmpty(), result.catalog().isPresent(), "catalog iff no problem");
      result.catalog().ifPresent(catalog -> {
        for (CatalogGenerator.Source source : new CatalogGenerator(catalog, true).sources()) {
          assertFalse(source.text().isBlank(), source.qualifiedName());
        }
      });
    }
    RecordingMessager messager = new RecordingMessager();
    Diagnostics diagnostics = new Diagnostics(messager);
    for (Problem problem : problems) {
      assertEquals(Diagnostic.Kind.ERROR, problem.message().kind(), problem.text());
      assertFalse(problem.message() == Message.INTERNAL_ERROR, problem.text());
      assertTrue(problem.text().startsWith("[" + Message.ID_PREFIX), problem.text());
      Location.InCatalog at = assertInstanceOf(Location.InCatalog.class, problem.location(),
          () -> "not located: " + problem.text());
      assertInside(at.file(), at.position(), problem);
      assertTrue(at.width() >= 1);
      diagnostics.report(problem);
    }
    assertEquals(problems.size(), messager.messages.size());
    return new Result(problems, messager.messages);
  }

  /**
   * A position is inside the file when its line is one of the file's lines, or the line just
   * after the last (where "unexpected end of stream" is), and its column is on that line or just
   * after its last character.
   */
  static void assertInside(CatalogText file, Position position, Problem problem) {
    List<String> lines = file.text().lines().toList();
    int line = position.line();
    int column = position.column();
    if (line < 1 || line > lines.size() + 1) {
      fail("line " + line + " is outside the file's " + lines.size() + " lines: " + problem.text());
    }
    int length = line <= lines.size() ? lines.get(line - 1).length() : 0;
    if (column < 1 || column > length + 1) {
      fail("column " + column + " is outside line " + line + " (" + length + " chars): "
          + problem.text());
    }
  }

  private static boolean isUtf8(byte[] data) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Keeps what the processor would print. */
  static final class RecordingMessager implements Messager {
    final List<String> messages = new ArrayList<>();

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message) {
      messages.add(message.toString());
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
      messages.add(message.toString());
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element,
        AnnotationMirror annotation) {
      messages.add(message.toString());
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element,
        AnnotationMirror annotation, AnnotationValue value) {
      messages.add(message.toString());
    }
  }
}
