package dev.oautherrors.processor.diagnostic;

import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Puts problems into words and reports them through the compiler. A catalog problem starts with
 * the file, line and column as Maven writes them ({@code /path/errors.yaml:[12,5]}) and shows the
 * line itself with the spot underlined; an element problem is
 * attached to the element (and annotation value) so that IDEs mark it.
 */
public final class Diagnostics {
  private final Messager messager;
  private boolean errors;

  /** Reports through {@code messager}. */
  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** Reports a problem. */
  public void report(Problem problem) {
    Diagnostic.Kind kind = problem.message().kind();
    if (kind == Diagnostic.Kind.ERROR) {
      errors = true;
    }
    Location location = problem.location();
    if (location instanceof Location.InCatalog inCatalog) {
      messager.printMessage(kind, clickable(inCatalog) + problem.text() + CodeFrame.render(inCatalog));
    } else if (location instanceof Location.OnElement on) {
      messager.printMessage(kind, problem.text(), on.element(), on.annotation(), on.value());
    } else {
      messager.printMessage(kind, problem.text());
    }
  }

  /**
   * The catalog file and position in the form Maven prints for Java sources ({@code
   * /abs/path/errors.yaml:[12,5] }), put first in the message so that the tools that read Maven's
   * output (IntelliJ's console, VS Code's Java problem matcher, CI annotations) link it to the
   * file, as they do with javac's own errors. The messager cannot attach a diagnostic to a file
   * that is not Java source, so the position travels in the text.
   */
  static String clickable(Location.InCatalog at) {
    return Printable.escaped(at.file().displayPath()) + ":[" + at.position().line() + ","
        + at.position().column() + "] ";
  }

  /** Reports every problem. */
  public void reportAll(Iterable<Problem> problems) {
    for (Problem problem : problems) {
      report(problem);
    }
  }

  /** Reports a problem made of its parts. */
  public void report(Message message, Location location, Object... args) {
    report(Problem.of(message, location, args));
  }

  /** Whether an error has been reported. */
  public boolean hasErrors() {
    return errors;
  }

  /** Stops the current step if an error has been reported. */
  public void abortIfErrors() {
    if (errors) {
      throw new AbortProcessing();
    }
  }
}
