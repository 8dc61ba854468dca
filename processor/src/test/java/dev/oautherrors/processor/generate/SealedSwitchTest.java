package dev.oautherrors.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.oautherrors.processor.testing.TestCompiler;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A Java 21 pattern-matching {@code switch} over the sealed base compiles when it covers every
 * code and is rejected by javac when it misses one. Runs on JDK 25 (the surefire execution
 * {@code jdk25} in processor/pom.xml), since the default build runs on JDK 17.
 */
@Tag("jdk25")
class SealedSwitchTest {
  private static final String SMALL = TestCompiler.resource("catalogs/small.yaml");
  private static final List<String> CASES = List.of(
      "case AccessDeniedException e -> \"denied\";",
      "case InvalidClientIdException e -> \"client id\";",
      "case SlowDownException e -> \"slow down\";",
      "case InvalidGrantException e -> \"grant\";",
      "case NoOAuthStateException e -> \"state\";",
      "case UnknownOAuthErrorException e -> \"unknown: \" + e.code();");

  @BeforeAll
  static void runsOnJava21OrLater() {
    assertTrue(Runtime.version().feature() >= 21,
        "needs JDK 21+; the jdk25 surefire execution runs it with " + System.getProperty("java.home"));
  }

  @Test
  void switchCoveringEveryCodeCompiles() {
    Compilation compilation = TestCompiler.compile(SMALL,
        List.of("--release", "21", "-Xlint:all", "-Werror"), switchOver(CASES));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void switchMissingACodeIsRejectedByJavac() {
    List<String> missingSlowDown = new ArrayList<>(CASES);
    missingSlowDown.remove(2);
    Compilation compilation =
        TestCompiler.compile(SMALL, List.of("--release", "21"), switchOver(missingSlowDown));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("does not cover all possible input values");
  }

  @Test
  void switchOverAGroupNeedsOnlyItsCodes() {
    JavaFileObject source = JavaFileObjects.forSourceLines("com.example.golden.GroupSwitch",
        "package com.example.golden;",
        "final class GroupSwitch {",
        "  static String name(ClientConfigurationError error) {",
        "    return switch (error) {",
        "      case InvalidClientIdException e -> e.code();",
        "    };",
        "  }",
        "}");
    assertThat(TestCompiler.compile(SMALL, List.of("--release", "21"), source)).succeeded();
  }

  private static JavaFileObject switchOver(List<String> cases) {
    List<String> lines = new ArrayList<>(List.of(
        "package com.example.golden;",
        "final class Describe {",
        "  static String describe(OAuthErrorException error) {",
        "    return switch (error) {"));
    cases.forEach(c -> lines.add("      " + c));
    lines.addAll(List.of("    };", "  }", "}"));
    return JavaFileObjects.forSourceLines("com.example.golden.Describe", lines);
  }
}
