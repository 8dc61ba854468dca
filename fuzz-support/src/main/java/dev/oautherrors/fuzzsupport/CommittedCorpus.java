package dev.oautherrors.fuzzsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.agent.AgentInstaller;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.driver.FuzzedDataProviderImpl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Keeps a fuzz test's committed corpus equal to the structured inputs it is written from: the
 * folder holds exactly their files, byte for byte, and every file reads back, through Jazzer's
 * own {@link FuzzedDataProviderImpl}, as the input it was written for, with no byte left over. So
 * the edge cases a corpus names are the ones regression mode runs. With {@code
 * -Dcorpus.update=true} the folder is first rewritten from the inputs (review the diff).
 */
public final class CommittedCorpus {
  private CommittedCorpus() {}

  /** A structured input that writes the bytes it is read back from. */
  public interface Input {
    byte[] encode();
  }

  /**
   * Puts Jazzer's runtime on the boot class path, without instrumenting anything, as its JUnit
   * integration does for a fuzz test in regression mode ({@code jazzer.hooks=false}); call it
   * once, before {@link #check}.
   */
  public static void installJazzerRuntime() {
    AgentInstaller.install(false);
  }

  /** Checks (or, with {@code -Dcorpus.update=true}, rewrites and checks) {@code folder}. */
  public static <I extends Input> void check(Path folder, Map<String, I> inputs,
      Function<FuzzedDataProvider, ? extends I> decoder) throws IOException {
    if (Boolean.getBoolean("corpus.update")) {
      write(folder, inputs);
    }
    assertEquals(new TreeSet<>(inputs.keySet()), files(folder),
        "files in " + folder + " (regenerate with -Dcorpus.update=true)");
    for (Map.Entry<String, I> input : inputs.entrySet()) {
      byte[] bytes = input.getValue().encode();
      assertArrayEquals(bytes, Files.readAllBytes(folder.resolve(input.getKey())),
          input.getKey());
      try (FuzzedDataProviderImpl data = FuzzedDataProviderImpl.withJavaData(bytes)) {
        assertEquals(input.getValue(), decoder.apply(data), input.getKey());
        assertEquals(0, data.remainingBytes(), input.getKey() + ": bytes left over");
      }
    }
  }

  /** Where Jazzer's regression mode looks for {@code test}'s inputs of {@code method}. */
  public static Path folderOf(Class<?> test, String method) {
    return Path.of("src/test/resources", test.getPackageName().replace('.', '/'),
        test.getSimpleName() + "Inputs", method);
  }

  private static void write(Path folder, Map<String, ? extends Input> inputs) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> old = Files.list(folder)) {
      for (Path file : (Iterable<Path>) old::iterator) {
        Files.delete(file);
      }
    }
    for (Map.Entry<String, ? extends Input> input : inputs.entrySet()) {
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
