package dev.oautherrors.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Assertions on the processor's diagnostics. */
public final class Diagnosed {
  private Diagnosed() {}

  /**
   * Asserts that the compilation failed with exactly one error, that it carries {@code id}, says
   * {@code text}, and points at {@code line:column} of the catalog; returns its message.
   */
  public static String catalogError(
      Compilation compilation, String id, String text, int line, int column) {
    String message = onlyError(compilation, id);
    assertTrue(message.contains(text), () -> "expected <" + text + "> in:\n" + message);
    assertTrue(message.contains("errors.yaml:" + line + ":" + column),
        () -> "expected position " + line + ":" + column + " in:\n" + message);
    return message;
  }

  /**
   * A diagnostic's text as the processor wrote it: javac indents the lines after the first by two
   * spaces, and this takes them back out.
   */
  public static String text(Diagnostic<? extends JavaFileObject> diagnostic) {
    return withoutFilePrefix(diagnostic.getMessage(Locale.ROOT)
        .replace(System.lineSeparator(), "\n").replace("\n  ", "\n"));
  }

  /** A catalog error's leading {@code /path/errors.yaml:[12,5] }, as Maven writes positions. */
  public static final Pattern FILE_PREFIX = Pattern.compile("^\\S[^\\n]*?:\\[\\d+,\\d+\\] (?=\\[)");

  /** {@code message} without its leading catalog position, if it has one. */
  public static String withoutFilePrefix(String message) {
    return FILE_PREFIX.matcher(message).replaceFirst("");
  }

  /** Asserts exactly one error, with {@code id}; returns its message. */
  public static String onlyError(Compilation compilation, String id) {
    List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
    assertEquals(Compilation.Status.FAILURE, compilation.status(), "compilation status");
    if (errors.size() != 1) {
      fail("expected one error, got " + errors.size() + ":\n" + render(errors));
    }
    String message = text(errors.get(0));
    assertTrue(message.startsWith("[OAuthErrors/" + id + "] "),
        () -> "expected [OAuthErrors/" + id + "] at the start of:\n" + message);
    assertNoStackTrace(compilation);
    return message;
  }

  /** Asserts that nothing the compiler printed looks like a stack trace or a crash. */
  public static void assertNoStackTrace(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      assertFalse(message.contains("\tat ") || message.contains("uncaught exception")
          || message.contains("Exception:") && message.contains("\n\tat"), message);
    }
  }

  private static String render(List<Diagnostic<? extends JavaFileObject>> errors) {
    StringBuilder text = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> error : errors) {
      text.append("- ").append(error.getMessage(Locale.ROOT)).append('\n');
    }
    return text.toString();
  }
}
