package dev.oautherrors.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oautherrors.processor.load.BaseCatalogs;
import dev.oautherrors.processor.testing.TestCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every bundled catalog compiles on its own: a catalog that only extends it and names a package. */
class BundledCatalogsCompileTest {
  static final List<String> IDS = BaseCatalogs.BUNDLED;

  @ParameterizedTest(name = "{0}")
  @FieldSource("IDS")
  void compilesOnItsOwn(String id) {
    Compilation compilation =
        TestCompiler.compile("package: com.example.oauth\nextends: " + id + "\n");
    assertEquals(Compilation.Status.SUCCESS, compilation.status(),
        () -> id + ": " + compilation.diagnostics());
    assertTrue(compilation.warnings().isEmpty(), () -> id + ": " + compilation.warnings());
  }

  @Test
  void theListNamesEveryBundledFile() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources", BaseCatalogs.BUNDLED_DIRECTORY))) {
      List<String> ids = files.map(f -> f.getFileName().toString().replace(".yaml", ""))
          .sorted().toList();
      assertEquals(IDS.stream().sorted().toList(), ids);
    }
  }
}
