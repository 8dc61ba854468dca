package dev.oautherrors.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.agent.AgentInstaller;
import com.code_intelligence.jazzer.driver.FuzzedDataProviderImpl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The property fuzz tests' committed corpus is {@link PropertyCorpus}, byte for byte, and every
 * file reads back, through Jazzer's own {@link FuzzedDataProviderImpl}, as the input it was
 * written for: so the edge cases the corpus names are the ones regression mode runs. Run with
 * {@code -Dcorpus.update=true} to rewrite the files after changing the corpus or an input's
 * layout, then review the diff.
 */
class PropertyCorpusTest {
  private static final Path RESOURCES = Path.of("src/test/resources");

  /**
   * Puts Jazzer's runtime on the boot class path, without instrumenting anything, as its JUnit
   * integration does for a fuzz test in regression mode ({@code jazzer.hooks=false}).
   */
  @BeforeAll
  static void loadJazzerRuntime() {
    AgentInstaller.install(false);
  }

  @TestFactory
  Stream<DynamicTest> committedCorpusIsTheDeclaredOne() {
    boolean update = Boolean.getBoolean("corpus.update");
    return PropertyCorpus.targets().stream().map(target -> DynamicTest.dynamicTest(
        target.testClass().getSimpleName() + "#" + target.method(), () -> {
          Path folder = RESOURCES.resolve(target.testClass().getPackageName().replace('.', '/'))
              .resolve(target.testClass().getSimpleName() + "Inputs").resolve(target.method());
          if (update) {
            write(folder, target.inputs());
          }
          assertEquals(new TreeSet<>(target.inputs().keySet()), files(folder),
              "files in " + folder + " (regenerate with -Dcorpus.update=true)");
          for (Map.Entry<String, PropertyCorpus.Input> input : target.inputs().entrySet()) {
            byte[] bytes = input.getValue().encode();
            assertArrayEquals(bytes, Files.readAllBytes(folder.resolve(input.getKey())),
                input.getKey());
            try (FuzzedDataProviderImpl data = FuzzedDataProviderImpl.withJavaData(bytes)) {
              assertEquals(input.getValue(), target.decoder().apply(data), input.getKey());
              assertEquals(0, data.remainingBytes(), input.getKey() + ": bytes left over");
            }
          }
        }));
  }

  private static void write(Path folder, Map<String, PropertyCorpus.Input> inputs)
      throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> old = Files.list(folder)) {
      for (Path file : (Iterable<Path>) old::iterator) {
        Files.delete(file);
      }
    }
    for (Map.Entry<String, PropertyCorpus.Input> input : inputs.entrySet()) {
      Files.write(folder.resolve(input.getKey()), input.getValue().encode());
    }
  }

  private static TreeSet<String> files(Path folder) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        files.forEach(file -> names.add(file.getFileName().toString()));
      }
    }
    return names;
  }
}
