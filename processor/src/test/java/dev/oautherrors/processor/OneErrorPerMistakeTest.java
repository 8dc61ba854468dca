package dev.oautherrors.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.oautherrors.processor.diagnostic.Message;
import dev.oautherrors.processor.generate.CatalogGenerator;
import dev.oautherrors.processor.generate.PlaceholderWriter;
import dev.oautherrors.processor.model.Placeholder;
import dev.oautherrors.processor.model.QualifiedName;
import dev.oautherrors.processor.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One catalog mistake, one error: a whole small project (the README guide's handler, code that
 * parses and dispatches, a visitor; {@code src/test/resources/one-error-project}) is compiled
 * against every broken catalog of the corpus, and the compilation must fail with exactly one
 * error, the catalog's, counting javac's own errors too ("package ... does not exist", "cannot
 * find symbol"). Notes and warnings do not count. A mistake is reported once; a catalog with two
 * mistakes gives two errors ({@link #twoMistakesGiveTwoErrors}).
 */
class OneErrorPerMistakeTest {
  private static final Pattern EXPECT = Pattern.compile("# expect: (OAuthErrors/[A-Za-z]+)");

  /**
   * Corpus files that hold two mistakes: in {@code very-long-code.yaml} two entries have the same
   * code (one mistake, reported on the second) and that code is too long (another, reported on
   * the first).
   */
  private static final Set<String> TWO_MISTAKES = Set.of("very-long-code.yaml");

  /** The project's sources: they refer to the catalog's types as a user's code does. */
  static JavaFileObject[] project() {
    return new JavaFileObject[] {
        JavaFileObjects.forResource("one-error-project/LoginErrors.java"),
        JavaFileObjects.forResource("one-error-project/Login.java"),
        JavaFileObjects.forResource("one-error-project/Describe.java")};
  }

  @Test
  void theProjectCompilesAgainstAGoodCatalog() {
    Compilation compilation = TestCompiler.compile("package: com.example.oauth\nerrors:\n"
        + "  - code: access_denied\n    cause: The user denied access.\n", project());
    assertEquals(List.of(), errors(compilation));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.oautherrors.processor.BrokenCatalogsTest#names")
  void everyBrokenCatalogGivesOneError(String name) {
    byte[] data = BrokenCatalogsTest.bytes(name);
    Compilation compilation = TestCompiler.compile(data, project());
    List<String> errors = errors(compilation);
    int mistakes = TWO_MISTAKES.contains(name) ? 2 : 1;
    assertEquals(mistakes, errors.size(), () -> name + ": expected " + mistakes
        + " error(s), got:\n" + String.join("\n---\n", errors));
    String expected = expectedId(data);
    assertTrue(errors.get(0).contains("[" + expected + "]"),
        () -> "expected " + expected + ":\n" + errors.get(0));
  }

  @Test
  void placeholdersAreMarkedAndCannotBeCreated() {
    List<CatalogGenerator.Source> sources = new PlaceholderWriter("errors.yaml").sources(List.of(
        new Placeholder(new QualifiedName("com.example.oauth", "InvalidGrantException"), false, 0,
            new TreeSet<>(Set.of("Reason"))),
        new Placeholder(new QualifiedName("com.example.oauth", "OAuthErrorVisitor"), true, 1,
            new TreeSet<>())));
    String exception = sources.get(0).text();
    assertTrue(exception.contains("PLACEHOLDER, not the real type"), exception);
    assertTrue(exception.contains("private InvalidGrantException() {\n"
        + "    throw new AssertionError(\"placeholder of a broken catalog\");"), exception);
    assertTrue(exception.contains("public static final class Reason {"), exception);
    String visitor = sources.get(1).text();
    assertTrue(visitor.contains("public interface OAuthErrorVisitor<R> {"), visitor);
  }

  @Test
  void noCatalogGivesOneError() {
    Compilation compilation = javac().withProcessors(new OAuthErrorsProcessor())
        .withOptions("-Aoauth.errors.catalog=" + Path.of("no-such-dir", "errors.yaml"))
        .compile(project());
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), () -> String.join("\n---\n", errors));
    assertTrue(errors.get(0).contains("[" + Message.CATALOG_OPTION_NOT_FOUND.id() + "]"),
        errors.get(0));
  }

  @Test
  void twoMistakesGiveTwoErrors() {
    Compilation compilation = TestCompiler.compile("package: com.example.oauth\nerrors:\n"
        + "  - code: access_denied\n    casue: Typo.\n"
        + "  - code: invalid_grant\n    cuase: Another typo.\n", project());
    List<String> errors = errors(compilation);
    assertEquals(2, errors.size(), () -> String.join("\n---\n", errors));
    errors.forEach(e -> assertTrue(e.contains("[OAuthErrors/UnknownField]"), e));
  }

  /** Mistakes that take two catalog files, which the one-file corpus cannot hold. */
  static List<Arguments> severalFileMistakes() {
    String access = "  - code: access_denied\n    cause: The user denied access.\n";
    return List.of(
        Arguments.of(Message.EXTENDS_CYCLE, "errors.yaml", Map.of(
            "common.yaml", "extends: ./errors.yaml\nerrors: []\n",
            "errors.yaml", "package: com.example.oauth\nextends: ./common.yaml\nerrors:\n"
                + access)),
        Arguments.of(Message.CONFLICTING_BASES, "errors.yaml", Map.of(
            "mine.yaml", "errors:\n  - code: invalid_grant\n    cause: Mine.\n",
            "errors.yaml", "package: com.example.oauth\nextends: [rfc6749, ./mine.yaml]\n")),
        Arguments.of(Message.CATALOG_PACKAGE_CLASH, "", Map.of(
            "login.yaml", "package: com.example.oauth\nerrors:\n" + access,
            "partner.yaml", "package: com.example.oauth\nextends: rfc6749\n")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("severalFileMistakes")
  void aMistakeAcrossFilesGivesOneError(Message message, String main, Map<String, String> files)
      throws IOException {
    Path dir = Files.createTempDirectory("oauth-errors-one-error").resolve("errors");
    Files.createDirectories(dir);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
    Compilation compilation = javac().withProcessors(new OAuthErrorsProcessor())
        .withOptions("-Aoauth.errors.catalog=" + (main.isEmpty() ? dir : dir.resolve(main)))
        .compile(project());
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), () -> String.join("\n---\n", errors));
    assertTrue(errors.get(0).contains("[" + message.id() + "]"), errors.get(0));
  }

  @Test
  void theCorpusCoversEveryCatalogErrorId() {
    Set<String> covered = BrokenCatalogsTest.names()
        .map(name -> expectedId(BrokenCatalogsTest.bytes(name)))
        .collect(Collectors.toCollection(TreeSet::new));
    covered.add(Message.CATALOG_OPTION_NOT_FOUND.id());
    severalFileMistakes().forEach(a -> covered.add(((Message) a.get()[0]).id()));
    Set<String> catalogIds = new TreeSet<>();
    for (Message message : Message.values()) {
      if (message.ordinal() < Message.WRITE_FAILED.ordinal()
          && message.kind() == Diagnostic.Kind.ERROR) {
        catalogIds.add(message.id());
      }
    }
    // Not reproducible with a small file: a catalog that cannot be read (permissions), and the
    // class-file limits (tens of thousands of codes), which SizeLimitCheckTest covers.
    catalogIds.removeAll(Set.of("OAuthErrors/CatalogUnreadable", "OAuthErrors/TooLarge"));
    catalogIds.removeAll(covered);
    assertEquals(Set.of(), catalogIds, "catalog errors no broken catalog shows");
  }

  private static String expectedId(byte[] data) {
    Matcher matcher = EXPECT.matcher(BrokenCatalogsTest.Expectation.firstLine(data));
    assertTrue(matcher.lookingAt(), "no '# expect:' line");
    return matcher.group(1);
  }

  /** Every error of the compilation, javac's own included. */
  static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":"
            + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }
}
