package dev.oautherrors.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages depend on each other only in the direction docs/architecture.md
 * describes: load, validate, model, generate and handler each a stage, diagnostic shared by all,
 * and nothing depends on a later stage. Read from the imports of the main sources.
 */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/oautherrors/processor");
  private static final String ROOT = "(root)";
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?dev\\.oautherrors\\.processor\\.([a-z]+)\\.", Pattern.MULTILINE);

  /** What each package may use; the root package runs the steps and may use every package. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "diagnostic", Set.of(),
      "load", Set.of("diagnostic"),
      "model", Set.of("diagnostic"),
      "validate", Set.of("diagnostic", "load", "model"),
      "generate", Set.of("diagnostic", "model"),
      "handler", Set.of("diagnostic", "model"));

  @Test
  void packagesUseOnlyEarlierStages() {
    Map<String, Set<String>> uses = packageGraph();
    assertEquals(new TreeSet<>(ALLOWED.keySet()), withoutRoot(uses.keySet()),
        "the processor's packages changed: update ALLOWED and docs/architecture.md");
    uses.forEach((from, targets) -> {
      if (!from.equals(ROOT)) {
        Set<String> forbidden = new TreeSet<>(targets);
        forbidden.removeAll(ALLOWED.get(from));
        assertTrue(forbidden.isEmpty(), from + " must not use " + forbidden);
      }
    });
  }

  @Test
  void packageGraphHasNoCycle() {
    Map<String, Set<String>> uses = packageGraph();
    for (String start : uses.keySet()) {
      assertNoPathBack(uses, start, start, new TreeSet<>());
    }
  }

  private static void assertNoPathBack(
      Map<String, Set<String>> uses, String start, String at, Set<String> seen) {
    for (String next : uses.getOrDefault(at, Set.of())) {
      assertTrue(!next.equals(start), "cycle through " + start + " and " + at);
      if (seen.add(next)) {
        assertNoPathBack(uses, start, next, seen);
      }
    }
  }

  private static Set<String> withoutRoot(Set<String> packages) {
    Set<String> named = new TreeSet<>(packages);
    named.remove(ROOT);
    return named;
  }

  /** Package → the other processor packages its sources import. */
  private static Map<String, Set<String>> packageGraph() {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
        Path relative = SOURCES.relativize(file.getParent());
        String from = relative.toString().isEmpty() ? ROOT : relative.toString();
        Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher imported = IMPORT.matcher(read(file));
        while (imported.find()) {
          if (!imported.group(1).equals(from)) {
            targets.add(imported.group(1));
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uses;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
