package dev.oautherrors.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gradle compiles incrementally only with processors that declare their category in
 * META-INF/gradle/incremental.annotation.processors; this one is aggregating (one catalog and
 * every handler make the output). The file ships in the jar from the class output checked here;
 * integration-tests' processor-jar project checks the jar itself.
 */
class GradleRegistrationTest {
  private static final String REGISTRATION = "META-INF/gradle/incremental.annotation.processors";
  private static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";

  @Test
  void theProcessorIsRegisteredAsAggregating() throws IOException {
    assertEquals(List.of(OAuthErrorsProcessor.class.getName() + ",aggregating"),
        lines(REGISTRATION));
  }

  @Test
  void theRegisteredClassIsTheServiceJavacLoads() throws IOException {
    assertTrue(lines(SERVICES).contains(OAuthErrorsProcessor.class.getName()),
        SERVICES + " does not name " + OAuthErrorsProcessor.class.getName());
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = OAuthErrorsProcessor.class.getClassLoader()
        .getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is not on the class path: check processor/pom.xml's <resources>");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }
}
