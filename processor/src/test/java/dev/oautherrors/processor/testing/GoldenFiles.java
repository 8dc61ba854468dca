package dev.oautherrors.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generated sources compared with a folder of golden files, byte for byte. After an intended
 * change, {@code -Dgolden.update=true} rewrites the folder from what was generated; review the
 * diff.
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  /** Asserts that {@code folder} holds exactly {@code generated}: file name to content. */
  public static void check(Path folder, Map<String, String> generated) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(folder);
      try (var old = Files.list(folder)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> golden = new TreeMap<>();
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        golden.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertEquals(golden.keySet(), new TreeMap<>(generated).keySet(), "the set of generated files");
    for (Map.Entry<String, String> file : golden.entrySet()) {
      assertEquals(file.getValue(), generated.get(file.getKey()), file.getKey());
    }
  }
}
