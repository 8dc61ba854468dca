package dev.oautherrors.doctests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and docs/*.md compiles as shown (one test per block,
 * named file:line). A block preceded by {@code <!-- snippet: ... -->} is compiled in the context
 * and with the catalog the marker names (see {@link SnippetCompiler} and
 * {@code src/test/resources/contexts}); a block without one must be a whole compilation unit.
 * Blocks of README's guide ({@code <!-- guide: ... -->}) are compiled for real, in their project,
 * by {@code integration-tests/src/it/guide}. A failure names the Markdown file and line, and
 * javac's message.
 */
class DocSnippetsTest {
  private static final Path ROOT =
      Path.of(System.getProperty("doctests.root", "..")).toAbsolutePath().normalize();
  private static final Set<String> MARKER_WORDS = Set.of("context", "catalog", "release");

  @TempDir
  static Path work;

  static List<Snippet> snippets() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<Snippet> snippets = new ArrayList<>();
    for (Path file : files) {
      snippets.addAll(Snippet.read(file));
    }
    return snippets;
  }

  @TestFactory
  Stream<DynamicTest> everySnippetCompiles() throws IOException {
    SnippetCompiler compiler = new SnippetCompiler(ROOT, work);
    return snippets().stream().filter(snippet -> !snippet.guide())
        .map(snippet -> DynamicTest.dynamicTest(snippet.where(ROOT), () -> {
          for (String word : snippet.marker().keySet()) {
            assertTrue(MARKER_WORDS.contains(word),
                snippet.where(ROOT) + ": unknown marker word '" + word + "'");
          }
          String catalog = snippet.marker().get("catalog");
          assertTrue(catalog == null || Files.isRegularFile(ROOT.resolve(catalog)),
              snippet.where(ROOT) + ": no catalog " + catalog);
          SnippetCompiler.Unit unit = compiler.unit(snippet);
          List<String> errors = compiler.compile(snippet, unit);
          if (!errors.isEmpty()) {
            fail("the snippet at " + snippet.where(ROOT) + " does not compile:\n  "
                + String.join("\n  ", errors) + "\ncompiled as " + unit.fileName() + ":\n"
                + unit.source());
          }
        }));
  }

  /** The extraction finds the blocks: a count that only grows as the docs do. */
  @Test
  void findsTheBlocks() throws IOException {
    List<Snippet> all = snippets();
    assertTrue(all.size() >= 15, "only " + all.size() + " java blocks found");
    assertTrue(all.stream().anyMatch(Snippet::guide), "README's guide blocks are not marked");
  }
}
