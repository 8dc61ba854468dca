package dev.oautherrors.bench.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oautherrors.bench.Inputs;
import dev.oautherrors.runtime.AbstractOAuthErrorException;
import dev.oautherrors.runtime.ParseResult;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 1,000-sub-code catalog of the benchmarks: the same text for the same size, it compiles under
 * -Xlint:all -Werror, and its parser finds Entra's sub-code in both body shapes the benchmark
 * parses, so that the benchmark measures a working lookup.
 */
class SubCodeCatalogTest {
  private static final Path SEED = Path.of("../example-app/src/main/resources/errors/salesforce.yaml");

  @Test
  void theCatalogIsTheSameForTheSameSize() {
    assertEquals(SubCodeCatalog.yaml("package: a.b\nerrors: []\n", 30),
        SubCodeCatalog.yaml("package: a.b\nerrors: []\n", 30));
    String yaml = SubCodeCatalog.yaml("package: a.b\nerrors: []\n", 1000);
    assertTrue(yaml.startsWith("package: bench.generated.subcodes1000\n"), yaml);
    assertTrue(yaml.contains("    - id: 50999\n"));
  }

  @Test
  void theCompiledCatalogFindsEntrasSubCodeInBothShapes() throws Throwable {
    SubCodeCatalog.Loaded loaded = SubCodeCatalog.compile(SEED, 1000);
    for (String body : new String[] {Inputs.ENTRA, Inputs.ENTRA_DESCRIPTION_ONLY}) {
      ParseResult<AbstractOAuthErrorException> result = loaded.parser().parseBody(body);
      AbstractOAuthErrorException error =
          ((ParseResult.ErrorResponse<AbstractOAuthErrorException>) result).error();
      assertEquals(Optional.of("50126"), error.rawSubCode());
      assertEquals("SUB_50126", loaded.of().invoke("50126").toString());
      assertEquals("UNKNOWN", loaded.of().invoke("1").toString());
      assertEquals("SYNTHETIC_50120", loaded.of().invoke("50120").toString());
    }
  }
}
