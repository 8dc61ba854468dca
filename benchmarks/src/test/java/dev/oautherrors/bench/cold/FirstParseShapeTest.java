package dev.oautherrors.bench.cold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shape of the first parse, read from {@code -Xlog:class+load} of a child JVM: beyond what the
 * same JVM loads doing nothing, a first parse loads no {@code java.lang.invoke} machinery (a
 * lambda, a method reference or an indy string concatenation on the path would), none of the JDK's
 * class-file writer, no jackson-core for a flat body, and of the generated catalog only the
 * classes of the code it met. A structural check: it fails on a class, never on a timing.
 */
class FirstParseShapeTest {
  private static final List<String> FORBIDDEN = List.of("java.lang.invoke.",
      "jdk.internal.org.objectweb.asm.", "jdk.internal.classfile.", "java.lang.classfile.",
      "com.fasterxml.");
  private static final String GENERATED = "com.example.salesforce.oauth.";

  private static Set<String> beyondEmpty(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    Set<String> empty = ColdStart.loadedClasses(java, classPath, ColdEmpty.class.getName());
    Set<String> loaded = new TreeSet<>(
        ColdStart.loadedClasses(java, classPath, ColdOurs.class.getName(), args));
    assertTrue(loaded.contains(ColdOurs.class.getName()), "the log names the classes loaded");
    loaded.removeAll(empty);
    return loaded;
  }

  private static void assertNoneForbidden(Set<String> loaded) {
    Set<String> forbidden = loaded.stream()
        .filter(name -> FORBIDDEN.stream().anyMatch(name::startsWith))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), forbidden);
  }

  @Test
  void everyContenderReadsTheErrorAndExitsCleanly() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (Class<?> main : List.of(ColdEmpty.class, ColdOurs.class, ColdNimbus.class,
        ColdSpring.class)) {
      // run() throws unless the process exits with 0, which each main does only when it read
      // invalid_grant and its description.
      assertTrue(ColdStart.run(java, System.getProperty("java.class.path"), main.getName(),
          List.of()) > 0);
    }
  }

  @Test
  void aFlatErrorBodyLoadsOnlyItsOwnCodesClassesAndNoInvokeOrJackson() throws Exception {
    Set<String> loaded = beyondEmpty();
    assertNoneForbidden(loaded);
    Set<String> generated = loaded.stream().filter(name -> name.startsWith(GENERATED))
        .map(name -> name.substring(GENERATED.length()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("OAuthErrors", "OAuthErrors$Types", "OAuthErrorException",
        "InvalidGrantException", "InvalidGrantException$Reason"), generated);
  }

  @Test
  void anHtmlPageLoadsNoInvokeMachineryForItsDetail() throws Exception {
    Set<String> loaded = beyondEmpty("html");
    assertNoneForbidden(loaded);
    assertTrue(loaded.stream().noneMatch(name -> name.startsWith(GENERATED + "Invalid")),
        loaded::toString);
  }
}
